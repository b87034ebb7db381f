package fr.copilote.model.pet;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the prime d'exercice territorial scale: weekly half-days outside the main site above
 * {@code fromExclusive} and up to {@code toInclusive} (no upper bound when null) earn {@code monthlyEur} gross a month.
 */
public record PetBand(BigDecimal fromExclusive, BigDecimal toInclusive, BigDecimal monthlyEur) {

    public PetBand {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(monthlyEur, "monthlyEur");
    }

    public boolean covers(BigDecimal halfDays) {
        return halfDays.compareTo(fromExclusive) > 0 && (toInclusive == null || halfDays.compareTo(toInclusive) <= 0);
    }
}
