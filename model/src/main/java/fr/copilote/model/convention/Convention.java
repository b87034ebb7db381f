package fr.copilote.model.convention;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A time-sharing convention (convention de partage de temps médical): the practitioner employed by
 * {@code origin} works {@code halfDaysPerWeek} half-days a week at {@code host}, which refunds
 * {@code annualRefundEur} a year to the origin.
 *
 * @param endDate empty for an open-ended convention
 */
public record Convention(ConventionId id, Finess origin, Finess host, Rpps practitioner, String specialty,
                         CarePathway carePathway, SharingMode sharingMode, BigDecimal halfDaysPerWeek,
                         LocalDate startDate, LocalDate endDate, BigDecimal annualRefundEur, ConventionStatus status) {

    /** Ten half-days a week make one full-time equivalent. */
    public static final BigDecimal HALF_DAYS_PER_FTE = BigDecimal.TEN;

    public Convention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(carePathway, "carePathway");
        Objects.requireNonNull(sharingMode, "sharingMode");
        Objects.requireNonNull(halfDaysPerWeek, "halfDaysPerWeek");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(annualRefundEur, "annualRefundEur");
        Objects.requireNonNull(status, "status");
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(endDate);
    }

    /** Shared full-time equivalent: half-days a week ÷ 10. */
    public BigDecimal fte() {
        return halfDaysPerWeek.divide(HALF_DAYS_PER_FTE, 4, RoundingMode.HALF_EVEN);
    }

    /** Signed and running on {@code day} (both ends inclusive). */
    public boolean inForceOn(LocalDate day) {
        return status == ConventionStatus.SIGNEE && !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }
}
