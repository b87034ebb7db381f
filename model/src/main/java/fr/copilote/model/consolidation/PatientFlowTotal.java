package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.establishment.Finess;

/** Volume treated by one legal entity in one month for the residents of one territory (summed by the database). */
public record PatientFlowTotal(Finess entity, ActivityType activityType, String patientTerritory, Period period, long volume) {
}
