package fr.copilote.model.pet;

import fr.copilote.model.convention.Rpps;
import fr.copilote.model.establishment.Finess;
import java.math.BigDecimal;

/**
 * One practitioner's estimated prime d'exercice territorial.
 *
 * @param employer       the legal entity employing the practitioner (the conventions' origin), which pays it
 * @param eligibleHalfDays weekly half-days on sites at least 20 km from the origin
 * @param sites          how many distinct such sites
 */
public record PetEstimate(Rpps practitioner, Finess employer, BigDecimal eligibleHalfDays, int sites, BigDecimal monthlyEur) {

    public BigDecimal annualEur() {
        return monthlyEur.multiply(BigDecimal.valueOf(12));
    }
}
