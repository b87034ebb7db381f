package fr.copilote.model.consolidation;

import static fr.copilote.model.indicator.Indicator.DECLARED_FOR_SAE;
import static fr.copilote.model.indicator.Indicator.DECLARED_MONTHS;
import static fr.copilote.model.indicator.Indicator.SAE_COHERENCE_GAP;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ValueSink;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The activity declared in {@code activite.csv} set against the SAE figure of the same kind and calendar year, per
 * member and for the territory. A member is compared only when it sent all twelve months of that year: a part-year
 * would read as a drift that is none. The territory's gap is taken over its counted members compared.
 */
final class SaeCoherenceFigures {

    static final int MONTHS_IN_YEAR = 12;

    private final TerritoryPerimeter perimeter;
    private final CalendarYearActivity activity;
    private final OfficialFigures official;

    SaeCoherenceFigures(TerritoryPerimeter perimeter, CalendarYearActivity activity, OfficialFigures official) {
        this.perimeter = perimeter;
        this.activity = activity;
        this.official = official;
    }

    void addTo(ValueSink values) {
        Set<Integer> monthsWritten = new HashSet<>();
        for (SaeComparison comparison : SaeComparison.values()) {
            official.latestWith(comparison.sae()).ifPresent(base -> {
                if (monthsWritten.add(base.year())) {
                    addMonths(base.year(), values);
                }
                addComparison(comparison, base, values);
            });
        }
    }

    private void addMonths(int year, ValueSink values) {
        for (TerritoryMember member : perimeter.members()) {
            values.add(IndicatorKey.of(DECLARED_MONTHS, PeriodScope.AT_DATE).entity(member.entity()).detail(String.valueOf(year))
                    .is(activity.monthsSent(member.entity(), year)));
        }
    }

    private void addComparison(SaeComparison comparison, OfficialFigures.Base base, ValueSink values) {
        int year = base.year();
        Map<Finess, BigDecimal> sae = base.figures().get(comparison.sae());
        IndicatorKey key = IndicatorKey.of(DECLARED_FOR_SAE, PeriodScope.AT_DATE).activityType(comparison.activityType())
                .detail(String.valueOf(year));
        long territoryDeclared = 0;
        BigDecimal territorySae = BigDecimal.ZERO;
        for (TerritoryMember member : perimeter.members()) {
            Finess entity = member.entity();
            if (activity.monthsSent(entity, year) < MONTHS_IN_YEAR) {
                continue;
            }
            long declared = activity.volume(entity, year, comparison.activityType(), comparison::counts);
            BigDecimal official = sae.get(entity);
            if (official == null && declared == 0) {
                continue;
            }
            values.add(key.entity(entity).is(declared));
            if (official == null || official.signum() <= 0) {
                continue;
            }
            values.add(key.as(SAE_COHERENCE_GAP).entity(entity).is(gap(BigDecimal.valueOf(declared), official)));
            if (perimeter.countsInTotals(entity)) {
                territoryDeclared += declared;
                territorySae = territorySae.add(official);
            }
        }
        if (territorySae.signum() > 0) {
            values.add(key.is(territoryDeclared));
            values.add(key.as(SAE_COHERENCE_GAP).is(gap(BigDecimal.valueOf(territoryDeclared), territorySae)));
        }
    }

    /** (declared − SAE) ÷ SAE. */
    static BigDecimal gap(BigDecimal declared, BigDecimal sae) {
        return declared.subtract(sae).divide(sae, MathContext.DECIMAL64);
    }
}
