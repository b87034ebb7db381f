package fr.copilote.model.generator;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.pathway.CarePathway;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * An establishment's yearly volume per activity type in one care pathway.
 *
 * @param daysPerStay when above 0, the pathway's {@link ActivityType#JOURNEE} follow its
 *                    {@link ActivityType#SEJOUR_HC} month by month at this length of stay, instead of being drawn
 *                    on their own: average lengths of stay then stay plausible on any slice of the data
 */
record PathwayPlan(CarePathway pathway, Map<ActivityType, Double> annualVolumes, double daysPerStay) {

    PathwayPlan {
        annualVolumes = Collections.unmodifiableMap(new EnumMap<>(annualVolumes));
    }

    Set<ActivityType> types() {
        return annualVolumes.keySet();
    }

    boolean derivesDays() {
        return daysPerStay > 0 && annualVolumes.containsKey(ActivityType.JOURNEE)
                && annualVolumes.containsKey(ActivityType.SEJOUR_HC);
    }
}
