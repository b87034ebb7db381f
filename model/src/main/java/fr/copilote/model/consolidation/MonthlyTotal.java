package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;

/** A territory's activity in one month, pathway and type, summed over its counted members by the database. */
public record MonthlyTotal(CarePathway pathway, ActivityType activityType, Period period, long volume, BigDecimal revenueEur,
                           BigDecimal directCostEur) {
}
