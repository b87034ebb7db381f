package fr.copilote.model.consolidation;

import fr.copilote.model.indicator.ReportingCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The single pass over the summed activity: each group feeds the activity ledger, the territories' monthly
 * series, the patient flows when the patients' territory is known, and the activity under conventions.
 */
public final class ActivityPass implements Consumer<ActivityGroup> {

    private final ActivityLedger ledger;
    private final MonthlySeries series;
    private final PatientFlowLedger flows;
    private final List<ConventionActivityTotal> underConventions = new ArrayList<>();

    public ActivityPass(ReportingCalendar calendar, List<TerritoryPerimeter> perimeters) {
        this.ledger = new ActivityLedger(calendar);
        this.series = new MonthlySeries(perimeters);
        this.flows = new PatientFlowLedger(calendar);
    }

    @Override
    public void accept(ActivityGroup group) {
        ActivityTotal total = group.total();
        ledger.add(total);
        series.add(total);
        if (group.patientTerritory() != null) {
            flows.add(new PatientFlowTotal(group.entity(), group.activityType(), group.patientTerritory(), group.period(), group.volume()));
        }
        if (group.convention() != null) {
            underConventions.add(new ConventionActivityTotal(group.convention(), group.entity(), group.pathway(), group.activityType(), group.period(),
                    group.volume()));
        }
    }

    public ActivityLedger ledger() {
        return ledger;
    }

    public MonthlySeries series() {
        return series;
    }

    public PatientFlowLedger flows() {
        return flows;
    }

    public List<ConventionActivityTotal> underConventions() {
        return underConventions;
    }
}
