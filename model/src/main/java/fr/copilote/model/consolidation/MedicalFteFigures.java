package fr.copilote.model.consolidation;

import static fr.copilote.model.indicator.Indicator.*;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ValueSink;
import fr.copilote.model.indicator.PeriodScope;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Medical FTE from the SAE (Q21) and what the activity of the last twelve months represents per FTE — a
 * yearly activity against a yearly staffing. Entities without SAE staffing are left out of these figures,
 * and of the territory's, so that the ratio compares like with like.
 */
final class MedicalFteFigures {

    private static final PeriodScope SCOPE = PeriodScope.ROLLING_12;

    private final TerritoryPerimeter perimeter;
    private final ActivityLedger ledger;
    private final Map<Finess, BigDecimal> medicalFte;

    MedicalFteFigures(TerritoryPerimeter perimeter, ActivityLedger ledger, Map<Finess, BigDecimal> medicalFte) {
        this.perimeter = perimeter;
        this.ledger = ledger;
        this.medicalFte = medicalFte;
    }

    void addTo(ValueSink values) {
        BigDecimal territoryFte = BigDecimal.ZERO;
        Map<ActivityType, Long> territoryVolume = new EnumMap<>(ActivityType.class);
        BigDecimal territoryRevenue = BigDecimal.ZERO;
        for (TerritoryMember member : perimeter.members()) {
            BigDecimal fte = medicalFte.get(member.entity());
            if (fte == null || fte.signum() <= 0) {
                continue;
            }
            Map<ActivityType, Long> volume = new EnumMap<>(ActivityType.class);
            BigDecimal revenue = BigDecimal.ZERO;
            for (Map.Entry<ActivityLedger.Key, ActivityLedger.Sums> entry : ledger.of(member.entity()).entrySet()) {
                if (entry.getKey().scope() == SCOPE) {
                    volume.merge(entry.getKey().activityType(), entry.getValue().volume(), Long::sum);
                    revenue = revenue.add(entry.getValue().revenueEur());
                }
            }
            add(values, member.entity(), fte, volume, revenue);
            if (perimeter.countsInTotals(member.entity())) {
                territoryFte = territoryFte.add(fte);
                volume.forEach((type, v) -> territoryVolume.merge(type, v, Long::sum));
                territoryRevenue = territoryRevenue.add(revenue);
            }
        }
        if (territoryFte.signum() > 0) {
            add(values, null, territoryFte, territoryVolume, territoryRevenue);
        }
    }

    private static void add(ValueSink values, Finess entity, BigDecimal fte, Map<ActivityType, Long> volume, BigDecimal revenue) {
        values.add(IndicatorKey.of(MEDICAL_FTE, PeriodScope.AT_DATE).entity(entity).is(fte));
        volume.forEach((type, v) -> values.add(IndicatorKey.of(ACTIVITY_PER_MEDICAL_FTE, SCOPE).entity(entity).activityType(type)
                .is(BigDecimal.valueOf(v).divide(fte, MathContext.DECIMAL64))));
        values.add(IndicatorKey.of(REVENUE_PER_MEDICAL_FTE, SCOPE).entity(entity).is(revenue.divide(fte, MathContext.DECIMAL64)));
    }
}
