package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.common.Labelled;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.pathway.CarePathway;
import java.util.function.Predicate;

/**
 * An SAE figure and the declared activity of the same kind it is set against: the type of {@code activite.csv},
 * the pathways that count, and the pathway the comparison's figures are keyed by (null: several pathways).
 */
public enum SaeComparison implements Labelled {
    /** The SAE MCO counts medicine, surgery and obstetrics: rehabilitation and psychiatry stays are not in it. */
    MCO_STAYS("Séjours HC (MCO)", Indicator.SAE_MCO_STAYS, ActivityType.SEJOUR_HC, null,
            pathway -> pathway != CarePathway.SSR && pathway != CarePathway.PSYCHIATRIE),
    EMERGENCY_PASSAGES("Passages aux urgences", Indicator.SAE_EMERGENCY_PASSAGES, ActivityType.PASSAGE_URGENCES, null,
            pathway -> true),
    /** Births against ENFANTS, children born: deliveries (ACCUN + ACCMU) would count twins once. */
    BIRTHS("Naissances", Indicator.SAE_BIRTHS, ActivityType.NAISSANCE, null, pathway -> true),
    SSR_DAYS("Journées SSR", Indicator.SAE_SSR_DAYS, ActivityType.JOURNEE, CarePathway.SSR, pathway -> pathway == CarePathway.SSR);

    private final String label;
    private final Indicator sae;
    private final ActivityType type;
    private final CarePathway keyPathway;
    private final Predicate<CarePathway> pathways;

    SaeComparison(String label, Indicator sae, ActivityType type, CarePathway keyPathway, Predicate<CarePathway> pathways) {
        this.label = label;
        this.sae = sae;
        this.type = type;
        this.keyPathway = keyPathway;
        this.pathways = pathways;
    }

    @Override
    public String label() {
        return label;
    }

    /** The SAE figure compared. */
    public Indicator sae() {
        return sae;
    }

    public ActivityType activityType() {
        return type;
    }

    /** The pathway the declared volume and the gap are keyed by; null when they sum several pathways. */
    public CarePathway keyPathway() {
        return keyPathway;
    }

    boolean counts(CarePathway pathway) {
        return pathways.test(pathway);
    }
}
