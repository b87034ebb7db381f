package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.common.Labelled;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.pathway.CarePathway;
import java.util.function.Predicate;

/**
 * An SAE figure and the declared activity of the same kind it is set against: the type of {@code activite.csv} and
 * the pathways that count. Each comparison has its own activity type, which keys its figures: the workbooks do not
 * load an establishment's figures by pathway, so that SSR days are keyed {@code JOURNEE} alone.
 */
public enum SaeComparison implements Labelled {
    /** The SAE MCO counts medicine, surgery and obstetrics: rehabilitation and psychiatry stays are not in it. */
    MCO_STAYS("Séjours HC (MCO)", Indicator.SAE_MCO_STAYS, ActivityType.SEJOUR_HC,
            pathway -> pathway != CarePathway.SSR && pathway != CarePathway.PSYCHIATRIE),
    EMERGENCY_PASSAGES("Passages aux urgences", Indicator.SAE_EMERGENCY_PASSAGES, ActivityType.PASSAGE_URGENCES, pathway -> true),
    /** Births against ENFANTS, children born: deliveries (ACCUN + ACCMU) would count twins once. */
    BIRTHS("Naissances", Indicator.SAE_BIRTHS, ActivityType.NAISSANCE, pathway -> true),
    /** Days of the SSR pathway only: MCO days are not compared (the SAE MCO's JOU_MCO is shown as capacity). */
    SSR_DAYS("Journées SSR", Indicator.SAE_SSR_DAYS, ActivityType.JOURNEE, pathway -> pathway == CarePathway.SSR);

    private final String label;
    private final Indicator sae;
    private final ActivityType type;
    private final Predicate<CarePathway> pathways;

    SaeComparison(String label, Indicator sae, ActivityType type, Predicate<CarePathway> pathways) {
        this.label = label;
        this.sae = sae;
        this.type = type;
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

    boolean counts(CarePathway pathway) {
        return pathways.test(pathway);
    }
}
