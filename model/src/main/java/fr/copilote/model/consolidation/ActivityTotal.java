package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;

/** Activity of one legal entity in one month, summed by the database over the activity rows. */
public record ActivityTotal(Finess entity, CarePathway pathway, ActivityType activityType, Period period, long volume,
                            BigDecimal revenueEur, BigDecimal directCostEur) {
}
