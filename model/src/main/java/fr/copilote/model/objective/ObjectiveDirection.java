package fr.copilote.model.objective;

import fr.copilote.model.common.Labelled;
import fr.copilote.model.indicator.Indicator;
import java.math.BigDecimal;
import java.util.Set;

/** Which way an objective is met: a value at least the target (higher is better) or at most (lower is better). */
public enum ObjectiveDirection implements Labelled {
    HAUSSE("à la hausse (au moins la cible)"),
    BAISSE("à la baisse (au plus la cible)");

    public static final String RULE = "CODE_SENS";

    /**
     * The figures of the catalogue where less is better. Every other indicator — the new ones included — is read
     * « higher is better » unless the file says otherwise, and the Objectifs sheet always shows the direction used.
     */
    private static final Set<Indicator> LOWER_IS_BETTER = Set.of(Indicator.ACTIVITY_DIRECT_COST, Indicator.AVERAGE_LENGTH_OF_STAY,
            Indicator.LEAKAGE_RATE, Indicator.CONVENTIONS_TERMINATED, Indicator.CONVENTIONS_TO_RENEW, Indicator.REFUND_PER_FTE);

    private final String label;

    ObjectiveDirection(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The direction an objective on this indicator takes when {@code objectifs.csv} leaves it empty. */
    public static ObjectiveDirection usualFor(Indicator indicator) {
        return LOWER_IS_BETTER.contains(indicator) ? BAISSE : HAUSSE;
    }

    /** Whether the value meets the target, a value equal to the target meeting it. */
    public boolean meets(BigDecimal value, BigDecimal target) {
        int comparison = value.compareTo(target);
        return this == HAUSSE ? comparison >= 0 : comparison <= 0;
    }
}
