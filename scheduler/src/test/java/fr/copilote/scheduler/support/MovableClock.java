package fr.copilote.scheduler.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock on Paris time that only moves when a test moves it: waiting for a lock to end is one call, not a sleep.
 * Starts on a whole minute, so that the times it leads to read the same to the minute as to the second.
 */
public final class MovableClock extends Clock {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private volatile Instant now = LocalDateTime.of(2025, 3, 4, 9, 0).atZone(PARIS).toInstant();

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now, PARIS);
    }

    @Override
    public ZoneId getZone() {
        return PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("l'horloge des tests est à l'heure de Paris");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
