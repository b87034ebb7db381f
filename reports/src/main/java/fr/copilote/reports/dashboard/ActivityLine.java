package fr.copilote.reports.dashboard;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;

/** One row of the Activité sheet: a pathway, an establishment, a month, an activity type and what was done. */
public record ActivityLine(CarePathway pathway, Finess entity, String entityName, Period period, ActivityType activityType,
                           long volume, BigDecimal revenueEur, BigDecimal directCostEur) {
}
