package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;

/**
 * Activity of one legal entity for one pathway, type and month, for one patients' territory and one convention
 * (either may be null): an activity row, or several summed. Everything consolidation needs from the activity
 * table comes from one pass over these.
 */
public record ActivityGroup(Finess entity, CarePathway pathway, ActivityType activityType, Period period,
                            String patientTerritory, ConventionId convention, long volume, BigDecimal revenueEur,
                            BigDecimal directCostEur) {

    public ActivityTotal total() {
        return new ActivityTotal(entity, pathway, activityType, period, volume, revenueEur, directCostEur);
    }
}
