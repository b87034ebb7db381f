package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;

/** Activity performed under one convention by one legal entity in one month (summed by the database). */
public record ConventionActivityTotal(ConventionId convention, Finess entity, CarePathway pathway, ActivityType activityType,
                                      Period period, long volume) {
}
