package fr.copilote.model.consolidation;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ReportingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a territory's members, the conventions and the activity ledger into the territory's indicator values.
 * Plain Java: every rule here is documented in {@code docs/indicators.md} and pinned by unit tests with
 * hand-computed figures.
 */
public final class TerritoryConsolidator {

    public TerritoryConsolidation consolidate(TerritoryPerimeter perimeter, ReportingCalendar calendar,
                                              List<EntityConvention> conventions, ActivityLedger activity) {
        List<IndicatorValue> values = new ArrayList<>();
        addConventionFigures(perimeter, conventions, calendar.businessDate(), PeriodScope.AT_DATE, values);
        addConventionFigures(perimeter, conventions, calendar.businessDateN1(), PeriodScope.AT_DATE_N1, values);
        addActivityFigures(perimeter, activity, values);
        return new TerritoryConsolidation(perimeter, calendar, values);
    }

    private void addConventionFigures(TerritoryPerimeter perimeter, List<EntityConvention> conventions, LocalDate day,
                                      PeriodScope scope, List<IndicatorValue> values) {
        List<EntityConvention> inForce = conventions.stream()
                .filter(c -> c.convention().inForceOn(day))
                .filter(c -> perimeter.contains(c.originEntity()) || perimeter.contains(c.hostEntity()))
                .toList();
        long territoryCount = inForce.stream()
                .filter(c -> perimeter.countsInTotals(c.originEntity()) || perimeter.countsInTotals(c.hostEntity()))
                .count();
        values.add(IndicatorValue.territoryTotal(Indicator.CONVENTIONS_IN_FORCE, scope, BigDecimal.valueOf(territoryCount)));
        BigDecimal territoryIn = BigDecimal.ZERO;
        BigDecimal territoryOut = BigDecimal.ZERO;
        long territoryConventionsIn = 0;
        long territoryConventionsOut = 0;
        for (TerritoryMember member : perimeter.members()) {
            Finess entity = member.entity();
            List<EntityConvention> incoming = inForce.stream().filter(c -> c.hostEntity().equals(entity)).toList();
            List<EntityConvention> outgoing = inForce.stream().filter(c -> c.originEntity().equals(entity)).toList();
            BigDecimal fteIn = fte(incoming);
            BigDecimal fteOut = fte(outgoing);
            values.add(IndicatorValue.ofEntity(Indicator.CONVENTIONS_INCOMING, scope, entity, BigDecimal.valueOf(incoming.size())));
            values.add(IndicatorValue.ofEntity(Indicator.CONVENTIONS_OUTGOING, scope, entity, BigDecimal.valueOf(outgoing.size())));
            values.add(IndicatorValue.ofEntity(Indicator.SHARED_FTE_INCOMING, scope, entity, fteIn));
            values.add(IndicatorValue.ofEntity(Indicator.SHARED_FTE_OUTGOING, scope, entity, fteOut));
            if (perimeter.countsInTotals(entity)) {
                territoryIn = territoryIn.add(fteIn);
                territoryOut = territoryOut.add(fteOut);
                territoryConventionsIn += incoming.size();
                territoryConventionsOut += outgoing.size();
            }
        }
        values.add(IndicatorValue.territoryTotal(Indicator.CONVENTIONS_INCOMING, scope, BigDecimal.valueOf(territoryConventionsIn)));
        values.add(IndicatorValue.territoryTotal(Indicator.CONVENTIONS_OUTGOING, scope, BigDecimal.valueOf(territoryConventionsOut)));
        values.add(IndicatorValue.territoryTotal(Indicator.SHARED_FTE_INCOMING, scope, territoryIn));
        values.add(IndicatorValue.territoryTotal(Indicator.SHARED_FTE_OUTGOING, scope, territoryOut));
    }

    private static BigDecimal fte(List<EntityConvention> conventions) {
        return conventions.stream().map(c -> c.convention().fte()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void addActivityFigures(TerritoryPerimeter perimeter, ActivityLedger activity, List<IndicatorValue> values) {
        for (TerritoryMember member : perimeter.members()) {
            activity.of(member.entity()).forEach((key, sums) -> values.add(new IndicatorValue(Indicator.ACTIVITY_VOLUME,
                    key.scope(), member.entity(), null, key.pathway(), key.activityType(), null, BigDecimal.valueOf(sums.volume()))));
        }
        Set<Finess> counted = perimeter.members().stream().map(TerritoryMember::entity)
                .filter(perimeter::countsInTotals).collect(Collectors.toSet());
        Map<ActivityLedger.Key, ActivityLedger.Sums> total = activity.totalOf(counted);
        total.forEach((key, sums) -> values.add(new IndicatorValue(Indicator.ACTIVITY_VOLUME, key.scope(), null, null,
                key.pathway(), key.activityType(), null, BigDecimal.valueOf(sums.volume()))));
    }
}
