package fr.copilote.model.consolidation;

import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.pathway.HeadlineUnits;
import fr.copilote.model.pet.PetEstimator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a run's consolidation reads, already summed by the database: shared by every territory.
 *
 * @param monthlySeries each territory's monthly totals over its counted members
 * @param medicalFte    medical FTE per legal entity (SAE Q21), empty when no Q21 base was loaded
 * @param official      published SAE figures per legal entity (beds, stays, days), from the latest base loaded
 * @param headlineUnits the units each care pathway is steered in
 * @param publicEntities the legal entities with a public site (SAE directory's legal status)
 */
public record ConsolidationInputs(ReportingCalendar calendar, List<EntityConvention> conventions, ActivityLedger activity,
                                  PatientFlowLedger patientFlows, List<ConventionActivityTotal> conventionActivity,
                                  MonthlySeries monthlySeries, Map<Finess, BigDecimal> medicalFte, OfficialFigures official,
                                  PetEstimator pet, HeadlineUnits headlineUnits, Set<Finess> publicEntities) {

    Map<ConventionId, EntityConvention> conventionsById() {
        return conventions.stream().collect(Collectors.toMap(c -> c.convention().id(), Function.identity(), (a, b) -> a));
    }
}
