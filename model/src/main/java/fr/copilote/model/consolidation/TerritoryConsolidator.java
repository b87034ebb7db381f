package fr.copilote.model.consolidation;

import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ValueSink;
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

    /** The territory's figures collected in memory (tests, small territories). */
    public TerritoryConsolidation consolidate(TerritoryPerimeter perimeter) {
        List<IndicatorValue> values = new ArrayList<>();
        consolidate(perimeter, values::add);
        return new TerritoryConsolidation(perimeter, inputs.calendar(), values);
    }

    /** The territory's figures handed to the sink as they are computed. */
    public void consolidate(TerritoryPerimeter perimeter, ValueSink values) {
        new ConventionFigures(perimeter, inputs.calendar(), inputs.conventions(), inputs.pet()).addTo(values);
        new ActivityFigures(perimeter, inputs.activity()).addTo(values);
        new PathwayFigures(perimeter, inputs.activity(), inputs.headlineUnits(), inputs.publicEntities()).addTo(values);
        new MonthlyFigures(inputs.monthlySeries().of(perimeter.code().value()), inputs.headlineUnits()).addTo(values);
        new PatientFlowFigures(perimeter, inputs.patientFlows()).addTo(values);
        new ConventionActivityFigures(perimeter, inputs.calendar(), inputs.conventionActivity(), conventionsById,
                inputs.activity(), inputs.pet()).addTo(values);
        new MedicalFteFigures(perimeter, inputs.activity(), inputs.medicalFte()).addTo(values);
        inputs.official().addTo(perimeter, values);
        new SaeCoherenceFigures(perimeter, inputs.activity().calendarYears(), inputs.official()).addTo(values);
    }
}
