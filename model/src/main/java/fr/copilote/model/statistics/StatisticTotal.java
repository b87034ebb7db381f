package fr.copilote.model.statistics;

import fr.copilote.model.establishment.Finess;
import java.math.BigDecimal;

/**
 * Figures of one legal entity added up. Masked counts cannot be added: they are left out and counted, so
 * that a total with masked figures reads as « at least », never as exact.
 *
 * @param amount        the sum of the numbers (zero when every figure was masked)
 * @param maskedFigures how many figures were masked and left out of the sum
 */
public record StatisticTotal(Finess legalEntity, BigDecimal amount, long maskedFigures) {

    public boolean exact() {
        return maskedFigures == 0;
    }
}
