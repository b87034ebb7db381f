package fr.copilote.model.pathway;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.common.Labelled;
import java.util.EnumSet;
import java.util.Set;

/**
 * A unit a care pathway is steered in: one activity type, or the stays of both kinds (full and ambulatory),
 * which are the only types that add up into one unit. A passage is never added to a stay.
 */
public enum HeadlineUnit implements Labelled {
    SEJOURS("Séjours (HC + ambulatoires)", ActivityType.SEJOUR_HC, ActivityType.SEJOUR_AMBULATOIRE),
    SEJOURS_HC("Séjours en hospitalisation complète", ActivityType.SEJOUR_HC),
    SEJOURS_AMBULATOIRES("Séjours ambulatoires", ActivityType.SEJOUR_AMBULATOIRE),
    JOURNEES("Journées", ActivityType.JOURNEE),
    CONSULTATIONS("Consultations", ActivityType.CONSULTATION),
    ACTES("Actes", ActivityType.ACTE),
    PASSAGES("Passages aux urgences", ActivityType.PASSAGE_URGENCES),
    NAISSANCES("Naissances", ActivityType.NAISSANCE),
    SEANCES("Séances", ActivityType.SEANCE);

    private final String label;
    private final Set<ActivityType> types;

    HeadlineUnit(String label, ActivityType first, ActivityType... others) {
        this.label = label;
        this.types = EnumSet.of(first, others);
    }

    @Override
    public String label() {
        return label;
    }

    /** The activity types whose volumes this unit sums. */
    public Set<ActivityType> types() {
        return types;
    }

    public boolean counts(ActivityType type) {
        return types.contains(type);
    }
}
