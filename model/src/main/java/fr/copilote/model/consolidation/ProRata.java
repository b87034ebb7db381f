package fr.copilote.model.consolidation;

import fr.copilote.model.convention.Convention;
import fr.copilote.model.convention.ConventionStatus;
import fr.copilote.model.indicator.DateRange;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How much of a period a signed convention was in force: its figures count in the period pro rata of its days
 * in force there. Refunds accrue by the day over a 365-day year.
 */
final class ProRata {

    static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private ProRata() {
    }

    static long daysInForce(Convention convention, DateRange range) {
        return convention.status() == ConventionStatus.SIGNEE
                ? range.overlapDays(convention.startDate(), convention.endDate()) : 0;
    }

    /** Average FTE over the range: FTE × days in force ÷ days of the range. */
    static BigDecimal averageFte(Convention convention, DateRange range) {
        long days = daysInForce(convention, range);
        return days == 0 ? BigDecimal.ZERO
                : convention.fte().multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(range.days()), PRECISION);
    }

    /** Refund due for the range: annual refund × days in force ÷ 365. */
    static BigDecimal refund(Convention convention, DateRange range) {
        long days = daysInForce(convention, range);
        return days == 0 ? BigDecimal.ZERO
                : convention.annualRefundEur().multiply(BigDecimal.valueOf(days)).divide(DAYS_PER_YEAR, PRECISION);
    }
}
