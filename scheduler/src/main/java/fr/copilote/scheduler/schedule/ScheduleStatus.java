package fr.copilote.scheduler.schedule;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/** Whether the schedule is on in this process, and when it fires next: shown by the console and by {@code list}. */
public class ScheduleStatus {

    private final ScheduleProperties properties;
    private final boolean activeHere;

    public ScheduleStatus(ScheduleProperties properties, boolean activeHere) {
        this.properties = properties;
        this.activeHere = activeHere;
    }

    public boolean isOn() {
        return activeHere && properties.enabled();
    }

    public ScheduleProperties properties() {
        return properties;
    }

    /** The next fire time, in the schedule's zone, when the schedule is on. */
    public Optional<LocalDateTime> nextRun() {
        if (!isOn()) {
            return Optional.empty();
        }
        ZonedDateTime next = CronExpression.parse(properties.cron()).next(ZonedDateTime.now(properties.zone()));
        return Optional.ofNullable(next).map(ZonedDateTime::toLocalDateTime);
    }

    /** The last fire time before now, whether or not this process was up then. */
    public Optional<ZonedDateTime> previousRun(ZonedDateTime now) {
        CronExpression cron = CronExpression.parse(properties.cron());
        // CronExpression only looks forward: step from a day (then a week) back to the last time before now.
        for (long days : new long[] {1, 7, 31}) {
            ZonedDateTime candidate = cron.next(now.minusDays(days));
            ZonedDateTime last = null;
            while (candidate != null && candidate.isBefore(now)) {
                last = candidate;
                candidate = cron.next(candidate);
            }
            if (last != null) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }
}
