package fr.copilote.scheduler.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Holds back whoever fails to sign in too often in a row: an account (the name as typed, whatever its case, whether
 * or not such a user exists — a lock must not tell) after {@code max-failures}, a client address after
 * {@code max-failures-per-address}, whichever accounts it tries. A lock lasts {@code first-lock}, twice as long after
 * each further failure, never longer than {@code longest-lock}: nobody is ever locked out for good. While locked, a
 * sign-in is refused without its password being checked, so guessing costs one try per lock, not a hundred a minute.
 * <p>
 * From the address an account last signed in from, that account's own lock does not apply — only the address's:
 * someone guessing the admin's password elsewhere cannot keep the admin out of their own computer.
 * <p>
 * Kept in memory, for this process: a restart forgets everything. An attempt is counted as failed when it is let
 * through, before its password is checked, so that a hundred attempts sent at once cannot all get past the count.
 */
public final class SignInThrottle {

    /** Beyond this many accounts or addresses followed, those that are not locked are forgotten. */
    private static final int FOLLOWED = 10_000;

    private final ConsoleProperties.SignIn limits;
    private final Clock clock;
    private final Map<String, Failures> accounts = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();
    private final Map<String, String> lastSignedInFrom = new HashMap<>();

    public SignInThrottle(ConsoleProperties.SignIn limits, Clock clock) {
        String where = "copilote.console.sign-in : ";
        if (limits.maxFailures() < 1 || limits.maxFailuresPerAddress() < 1) {
            throw new IllegalStateException(where + "max-failures et max-failures-per-address doivent valoir 1 au moins.");
        }
        if (limits.firstLock().isNegative() || limits.firstLock().isZero() || limits.longestLock().compareTo(limits.firstLock()) < 0) {
            throw new IllegalStateException(where + "first-lock doit être positif et longest-lock au moins égal à first-lock.");
        }
        if (limits.forgetAfter().compareTo(limits.longestLock()) < 0) {
            throw new IllegalStateException(where + "forget-after doit être au moins égal à longest-lock.");
        }
        this.limits = limits;
        this.clock = clock;
    }

    /** What becomes of one sign-in attempt before its password is checked. */
    public sealed interface Verdict permits Refused, LetThrough {
    }

    /**
     * Refused, its password unchecked, until {@code until} (to the minute, rounded up); {@code byAddress} when the
     * client address is the one held back; {@code firstOfItsLock} for the first attempt this lock refuses.
     */
    public record Refused(LocalDateTime until, boolean byAddress, boolean firstOfItsLock) implements Verdict {
    }

    /**
     * Let through to its password, already counted as the account's failure n° {@code failuresInARow} and the
     * address's n° {@code addressFailuresInARow}; if the password is wrong, that starts the locks whose ends are
     * given (null: none). {@code refusedBefore}: attempts refused while the account was locked, since its last success.
     */
    public record LetThrough(int failuresInARow, int addressFailuresInARow, int refusedBefore,
                             LocalDateTime accountLockedUntil, LocalDateTime addressLockedUntil) implements Verdict {
    }

    public synchronized Verdict attempt(String name, String address) {
        Instant now = clock.instant();
        String account = accountOf(name);
        Failures byAccount = current(accounts, account, now);
        Failures byAddress = current(addresses, address, now);
        boolean accountHeld = byAccount.lockedAt(now) && !address.equals(lastSignedInFrom.get(account));
        if (accountHeld) {
            accounts.put(account, byAccount.refused());
            Instant until = byAddress.lockedAt(now) && byAddress.lockedUntil().isAfter(byAccount.lockedUntil())
                    ? byAddress.lockedUntil() : byAccount.lockedUntil();
            return new Refused(shown(until), false, !byAccount.refusalRecorded());
        }
        if (byAddress.lockedAt(now)) {
            addresses.put(address, byAddress.refused());
            return new Refused(shown(byAddress.lockedUntil()), true, !byAddress.refusalRecorded());
        }
        Duration accountLock = lockAfter(byAccount.inARow() + 1, limits.maxFailures());
        Duration addressLock = lockAfter(byAddress.inARow() + 1, limits.maxFailuresPerAddress());
        Failures account1 = byAccount.failedAt(now, accountLock);
        Failures address1 = byAddress.failedAt(now, addressLock);
        accounts.put(account, account1);
        addresses.put(address, address1);
        forgetTheUnlockedIfTooMany(now);
        return new LetThrough(account1.inARow(), address1.inARow(), byAccount.refusedInAll(),
                accountLock.isZero() ? null : shown(account1.lockedUntil()),
                addressLock.isZero() ? null : shown(address1.lockedUntil()));
    }

    /** The password was right: the account and the address start again from nothing. */
    public synchronized void succeeded(String name, String address) {
        String account = accountOf(name);
        accounts.remove(account);
        addresses.remove(address);
        lastSignedInFrom.put(account, address);
    }

    /** After the {@code nth} failure in a row, the lock it starts, or none below {@code max}: doubled each time, capped. */
    private Duration lockAfter(int nth, int max) {
        if (nth < max) {
            return Duration.ZERO;
        }
        Duration lock = limits.firstLock().multipliedBy(1L << Math.min(nth - max, 30));
        return lock.compareTo(limits.longestLock()) > 0 ? limits.longestLock() : lock;
    }

    /** Failures quiet for {@code forget-after}, and no longer locked, are forgotten: the count starts again. */
    private Failures current(Map<String, Failures> followed, String key, Instant now) {
        Failures failures = followed.get(key);
        if (failures == null || !failures.lockedAt(now) && !now.isBefore(failures.last().plus(limits.forgetAfter()))) {
            return Failures.NONE;
        }
        return failures;
    }

    private void forgetTheUnlockedIfTooMany(Instant now) {
        for (Map<String, Failures> followed : List.of(accounts, addresses)) {
            if (followed.size() > FOLLOWED) {
                followed.values().removeIf(failures -> !failures.lockedAt(now));
            }
        }
    }

    /** User names are not case-sensitive (nor is the user store): « DSI » is « dsi », and counts as such. */
    private static String accountOf(String name) {
        String typed = name == null ? "" : name.strip();
        return (typed.length() > 200 ? typed.substring(0, 200) : typed).toLowerCase(Locale.ROOT);
    }

    /** When to try again, as a person reads it: the end of the lock, rounded up to the minute. */
    private LocalDateTime shown(Instant until) {
        LocalDateTime end = LocalDateTime.ofInstant(until, clock.getZone());
        LocalDateTime minute = end.truncatedTo(ChronoUnit.MINUTES);
        return minute.equals(end) ? end : minute.plusMinutes(1);
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    /**
     * One account's or address's failures in a row, the last one's time, the end of its lock ({@link Instant#MIN}:
     * never locked), the attempts refused by its locks and whether the current lock already refused one.
     */
    private record Failures(int inARow, Instant last, Instant lockedUntil, int refusedInAll, boolean refusalRecorded) {

        static final Failures NONE = new Failures(0, Instant.MIN, Instant.MIN, 0, false);

        boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        Failures failedAt(Instant now, Duration lock) {
            return lock.isZero() ? new Failures(inARow + 1, now, lockedUntil, refusedInAll, refusalRecorded)
                    : new Failures(inARow + 1, now, now.plus(lock), refusedInAll, false);
        }

        Failures refused() {
            return new Failures(inARow, last, lockedUntil, refusedInAll + 1, true);
        }
    }
}
