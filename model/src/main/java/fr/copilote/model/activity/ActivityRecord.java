package fr.copilote.model.activity;

import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.territory.TerritoryCode;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code activite.csv}: what an establishment did in a month for one care pathway and activity type.
 *
 * @param patientTerritory territory where the patients live, when the source knows it
 * @param convention       the convention the activity was performed under (e.g. consultations avancées)
 */
public record ActivityRecord(Period period, Finess finess, CarePathway carePathway, ActivityType activityType,
                             long volume, BigDecimal revenueEur, BigDecimal directCostEur,
                             TerritoryCode patientTerritory, ConventionId convention) {

    public ActivityRecord {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(finess, "finess");
        Objects.requireNonNull(carePathway, "carePathway");
        Objects.requireNonNull(activityType, "activityType");
        Objects.requireNonNull(revenueEur, "revenueEur");
        Objects.requireNonNull(directCostEur, "directCostEur");
    }

    public Optional<TerritoryCode> patientTerritoryCode() {
        return Optional.ofNullable(patientTerritory);
    }

    public Optional<ConventionId> conventionId() {
        return Optional.ofNullable(convention);
    }
}
