package fr.copilote.model.consolidation;

import static fr.copilote.model.indicator.Indicator.ACTIVITY_REVENUE;
import static fr.copilote.model.indicator.Indicator.ACTIVITY_VOLUME;

import fr.copilote.model.activity.Period;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ValueSink;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The territory's 24-month series: volume by pathway and type, revenue by pathway, month by month. */
final class MonthlyFigures {

    private final List<MonthlyTotal> totals;

    MonthlyFigures(List<MonthlyTotal> totals) {
        this.totals = totals;
    }

    private record PathwayMonth(CarePathway pathway, Period period) {
    }

    void addTo(ValueSink values) {
        Map<PathwayMonth, BigDecimal> revenue = new LinkedHashMap<>();
        for (MonthlyTotal total : totals) {
            values.add(IndicatorKey.of(ACTIVITY_VOLUME, PeriodScope.MONTHLY).month(total.period()).pathway(total.pathway())
                    .activityType(total.activityType()).is(total.volume()));
            revenue.merge(new PathwayMonth(total.pathway(), total.period()), total.revenueEur(), BigDecimal::add);
        }
        revenue.forEach((key, amount) -> values.add(IndicatorKey.of(ACTIVITY_REVENUE, PeriodScope.MONTHLY).month(key.period())
                .pathway(key.pathway()).is(amount)));
    }
}
