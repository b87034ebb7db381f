package fr.copilote.model.consolidation;

import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.statistics.OfficialYears;
import java.util.List;

/**
 * A territory's consolidated figures for one run, and the year of each official base they were consolidated from.
 */
public record TerritoryConsolidation(TerritoryPerimeter perimeter, ReportingCalendar calendar, List<IndicatorValue> values,
                                     OfficialYears officialYears) {

    public TerritoryConsolidation {
        values = List.copyOf(values);
    }

    /** Figures consolidated without any official base. */
    public TerritoryConsolidation(TerritoryPerimeter perimeter, ReportingCalendar calendar, List<IndicatorValue> values) {
        this(perimeter, calendar, values, OfficialYears.none());
    }
}
