package fr.copilote.model.consolidation;

import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.indicator.IndicatorValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a territory's members and the run's inputs into the territory's indicator values. Plain Java: every
 * rule is documented in {@code docs/indicators.md} and pinned by unit tests with hand-computed figures.
 */
public final class TerritoryConsolidator {

    private final ConsolidationInputs inputs;
    private final Map<ConventionId, EntityConvention> conventionsById;

    public TerritoryConsolidator(ConsolidationInputs inputs) {
        this.inputs = inputs;
        this.conventionsById = inputs.conventionsById();
    }

    public TerritoryConsolidation consolidate(TerritoryPerimeter perimeter) {
        List<IndicatorValue> values = new ArrayList<>();
        new ConventionFigures(perimeter, inputs.calendar(), inputs.conventions(), inputs.pet()).addTo(values);
        new ActivityFigures(perimeter, inputs.activity()).addTo(values);
        new MonthlyFigures(inputs.monthlySeries().getOrDefault(perimeter.code().value(), List.of())).addTo(values);
        new PatientFlowFigures(perimeter, inputs.patientFlows()).addTo(values);
        new ConventionActivityFigures(perimeter, inputs.calendar(), inputs.conventionActivity(), conventionsById,
                inputs.activity(), inputs.pet()).addTo(values);
        new MedicalFteFigures(perimeter, inputs.activity(), inputs.medicalFte()).addTo(values);
        return new TerritoryConsolidation(perimeter, inputs.calendar(), values);
    }
}
