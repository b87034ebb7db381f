package fr.copilote.model.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Turns a convention's fate into dates around the reference date. Conventions start on the first of a month
 * and end on the last day of one, as they are written; none starts before the cooperation's accord year.
 */
final class ConventionCalendar {

    /** A renewal is "soon" within this many days after the reference date, as the renewal watch counts it. */
    static final int RENEWAL_WINDOW_DAYS = 90;

    private final LocalDate reference;
    private final YearMonth referenceMonth;

    ConventionCalendar(LocalDate reference) {
        this.reference = reference;
        this.referenceMonth = YearMonth.from(reference);
    }

    ConventionDates datesFor(ConventionFate fate, int accordYear, SplittableRandom rng) {
        YearMonth accord = YearMonth.of(accordYear, 1);
        return switch (fate) {
            case IN_FORCE_OPEN -> new ConventionDates(startBetween(accord, referenceMonth.minusMonths(1), rng), null);
            case IN_FORCE_ENDING_LATER -> new ConventionDates(startBetween(accord, referenceMonth.minusMonths(1), rng),
                    monthBetween(referenceMonth.plusMonths(4), referenceMonth.plusMonths(36), rng).atEndOfMonth());
            case IN_FORCE_ENDING_SOON -> new ConventionDates(startBetween(accord, referenceMonth.minusMonths(1), rng),
                    endingSoon(rng));
            case ENDED -> endedBetween(accord, referenceMonth.minusMonths(30), 6, referenceMonth.minusMonths(13), rng);
            case TERMINATED -> endedBetween(accord, referenceMonth.minusMonths(18), 3, referenceMonth.minusMonths(1), rng);
            case PLANNED -> planned(rng);
        };
    }

    private LocalDate endingSoon(SplittableRandom rng) {
        LocalDate endOfMonth = referenceMonth.plusMonths(Draws.between(rng, 1, 3)).atEndOfMonth();
        LocalDate latest = reference.plusDays(RENEWAL_WINDOW_DAYS);
        return endOfMonth.isAfter(latest) ? latest : endOfMonth;
    }

    private ConventionDates endedBetween(YearMonth accord, YearMonth latestStart, int minimumMonths, YearMonth latestEnd,
                                         SplittableRandom rng) {
        YearMonth start = monthBetween(accord, latestStart, rng);
        YearMonth end = monthBetween(start.plusMonths(minimumMonths), latestEnd, rng);
        return new ConventionDates(start.atDay(1), end.atEndOfMonth());
    }

    private ConventionDates planned(SplittableRandom rng) {
        LocalDate start = referenceMonth.plusMonths(Draws.between(rng, 1, 6)).atDay(1);
        LocalDate end = Draws.chance(rng, 0.5) ? null : start.plusYears(3).minusDays(1);
        return new ConventionDates(start, end);
    }

    private static LocalDate startBetween(YearMonth earliest, YearMonth latest, SplittableRandom rng) {
        return monthBetween(earliest, latest, rng).atDay(1);
    }

    /** A month in [earliest, latest]; {@code latest} alone when the range is empty (an accord signed late). */
    private static YearMonth monthBetween(YearMonth earliest, YearMonth latest, SplittableRandom rng) {
        long span = earliest.until(latest, ChronoUnit.MONTHS);
        return span <= 0 ? latest : earliest.plusMonths(rng.nextLong(span + 1));
    }
}
