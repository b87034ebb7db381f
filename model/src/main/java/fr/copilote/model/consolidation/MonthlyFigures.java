package fr.copilote.model.consolidation;

import static fr.copilote.model.indicator.Indicator.ACTIVITY_REVENUE;
import static fr.copilote.model.indicator.Indicator.ACTIVITY_VOLUME;
import static fr.copilote.model.indicator.Indicator.HEADLINE_VOLUME;

import fr.copilote.model.activity.Period;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ValueSink;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.pathway.HeadlineUnit;
import fr.copilote.model.pathway.HeadlineUnits;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The territory's 24-month series: volume by pathway and type and in each pathway's units, revenue by pathway. */
final class MonthlyFigures {

    private final List<MonthlyTotal> totals;
    private final HeadlineUnits units;

    MonthlyFigures(List<MonthlyTotal> totals, HeadlineUnits units) {
        this.totals = totals;
        this.units = units;
    }

    private record PathwayMonth(CarePathway pathway, Period period) {
    }

    private record UnitMonth(CarePathway pathway, HeadlineUnit unit, Period period) {
    }

    void addTo(ValueSink values) {
        Map<PathwayMonth, BigDecimal> revenue = new LinkedHashMap<>();
        Map<UnitMonth, Long> headline = new LinkedHashMap<>();
        for (MonthlyTotal total : totals) {
            for (HeadlineUnit unit : units.of(total.pathway())) {
                if (unit.counts(total.activityType())) {
                    headline.merge(new UnitMonth(total.pathway(), unit, total.period()), total.volume(), Long::sum);
                }
            }
            values.add(IndicatorKey.of(ACTIVITY_VOLUME, PeriodScope.MONTHLY).month(total.period()).pathway(total.pathway())
                    .activityType(total.activityType()).is(total.volume()));
            revenue.merge(new PathwayMonth(total.pathway(), total.period()), total.revenueEur(), BigDecimal::add);
        }
        revenue.forEach((key, amount) -> values.add(IndicatorKey.of(ACTIVITY_REVENUE, PeriodScope.MONTHLY).month(key.period())
                .pathway(key.pathway()).is(amount)));
        headline.forEach((key, volume) -> values.add(IndicatorKey.of(HEADLINE_VOLUME, PeriodScope.MONTHLY).month(key.period())
                .pathway(key.pathway()).detail(key.unit().name()).is(volume)));
    }
}
