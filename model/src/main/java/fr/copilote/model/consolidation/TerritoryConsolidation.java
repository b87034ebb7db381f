package fr.copilote.model.consolidation;

import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ReportingCalendar;
import java.util.List;

/** A territory's consolidated figures for one run. */
public record TerritoryConsolidation(TerritoryPerimeter perimeter, ReportingCalendar calendar, List<IndicatorValue> values) {

    public TerritoryConsolidation {
        values = List.copyOf(values);
    }
}
