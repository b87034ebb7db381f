package fr.copilote.model.consolidation;

import static fr.copilote.model.indicator.Indicator.*;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ValueSink;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Activity figures of each member and of the territory (its counted members): volumes by pathway and type and by
 * type over all pathways, revenue, direct cost, margin and margin rate by pathway and overall, average length of stay.
 * Over the whole N-1 year, only the sums: that scope is there to project objectives, and a rate is never projected.
 */
final class ActivityFigures {

    private final TerritoryPerimeter perimeter;
    private final ActivityLedger ledger;

    ActivityFigures(TerritoryPerimeter perimeter, ActivityLedger ledger) {
        this.perimeter = perimeter;
        this.ledger = ledger;
    }

    void addTo(ValueSink values) {
        for (TerritoryMember member : perimeter.members()) {
            add(values, member.entity(), ledger.of(member.entity()));
        }
        add(values, null, ledger.totalOf(perimeter.countedEntities()));
    }

    /** @param entity null for the territory's total */
    private void add(ValueSink values, Finess entity, Map<ActivityLedger.Key, ActivityLedger.Sums> sums) {
        Map<PathwayScope, ActivityLedger.Sums> byPathway = new HashMap<>();
        Map<PeriodScope, ActivityLedger.Sums> overall = new HashMap<>();
        Map<PathwayScope, long[]> stayAndDays = new HashMap<>();
        Map<TypeScope, Long> byType = new HashMap<>();
        sums.forEach((key, value) -> {
            if (entity != null && !key.scope().keptPerEstablishment()) {
                return;
            }
            values.add(IndicatorKey.of(ACTIVITY_VOLUME, key.scope()).entity(entity).pathway(key.pathway())
                    .activityType(key.activityType()).is(value.volume()));
            byType.merge(new TypeScope(key.activityType(), key.scope()), value.volume(), Long::sum);
            byPathway.merge(new PathwayScope(key.pathway(), key.scope()), value, ActivityLedger.Sums::plus);
            overall.merge(key.scope(), value, ActivityLedger.Sums::plus);
            if (key.activityType() == ActivityType.SEJOUR_HC || key.activityType() == ActivityType.JOURNEE) {
                int slot = key.activityType() == ActivityType.SEJOUR_HC ? 0 : 1;
                stayAndDays.computeIfAbsent(new PathwayScope(key.pathway(), key.scope()), k -> new long[2])[slot] += value.volume();
                stayAndDays.computeIfAbsent(new PathwayScope(null, key.scope()), k -> new long[2])[slot] += value.volume();
            }
        });
        byType.forEach((ts, volume) -> values.add(IndicatorKey.of(ACTIVITY_VOLUME, ts.scope()).entity(entity)
                .activityType(ts.type()).is(volume)));
        byPathway.forEach((ps, value) -> addMoney(values, IndicatorKey.of(ACTIVITY_REVENUE, ps.scope()).entity(entity).pathway(ps.pathway()), value));
        overall.forEach((scope, value) -> addMoney(values, IndicatorKey.of(ACTIVITY_REVENUE, scope).entity(entity), value));
        stayAndDays.forEach((ps, counts) -> {
            if (counts[0] > 0 && counts[1] > 0 && ps.scope() != PeriodScope.YEAR_N1) {
                values.add(IndicatorKey.of(AVERAGE_LENGTH_OF_STAY, ps.scope()).entity(entity).pathway(ps.pathway())
                        .is(BigDecimal.valueOf(counts[1]).divide(BigDecimal.valueOf(counts[0]), MathContext.DECIMAL64)));
            }
        });
    }

    /** Revenue, direct cost, margin and margin rate under the same dimensions as {@code revenueKey}. */
    private static void addMoney(ValueSink values, IndicatorKey revenueKey, ActivityLedger.Sums sums) {
        BigDecimal margin = sums.revenueEur().subtract(sums.directCostEur());
        values.add(revenueKey.is(sums.revenueEur()));
        values.add(revenueKey.as(ACTIVITY_DIRECT_COST).is(sums.directCostEur()));
        values.add(revenueKey.as(MARGIN).is(margin));
        if (sums.revenueEur().signum() != 0 && revenueKey.scope() != PeriodScope.YEAR_N1) {
            values.add(revenueKey.as(MARGIN_RATE).is(margin.divide(sums.revenueEur(), MathContext.DECIMAL64)));
        }
    }

    private record PathwayScope(CarePathway pathway, PeriodScope scope) {
    }

    private record TypeScope(ActivityType type, PeriodScope scope) {
    }
}
