package fr.copilote.model.consolidation;

import static fr.copilote.model.indicator.Indicator.ATTRACTIVENESS_RATE;
import static fr.copilote.model.indicator.Indicator.LEAKAGE_RATE;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ValueSink;
import fr.copilote.model.indicator.PeriodScope;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Leakage (the territory's residents treated elsewhere) and attractiveness (non-residents treated here), per
 * activity type and for all stays together ({@link #ALL_STAYS}: full and ambulatory hospitalisation). Only rows
 * whose patients' territory is known count, in numerators and denominators alike.
 */
final class PatientFlowFigures {

    /** Detail of the headline rates, over full-hospitalisation and ambulatory stays. */
    static final String ALL_STAYS = "SEJOURS";
    private static final Set<ActivityType> STAYS = Set.of(ActivityType.SEJOUR_HC, ActivityType.SEJOUR_AMBULATOIRE);

    private final TerritoryPerimeter perimeter;
    private final PatientFlowLedger ledger;

    PatientFlowFigures(TerritoryPerimeter perimeter, PatientFlowLedger ledger) {
        this.perimeter = perimeter;
        this.ledger = ledger;
    }

    /** Numerator and denominator of one rate. */
    private static final class Ratio {
        long part;
        long whole;
    }

    private record RateKey(ActivityType activityType, PeriodScope scope) {
    }

    void addTo(ValueSink values) {
        if (perimeter.isAllTerritories()) {
            return;
        }
        String code = perimeter.code().value();
        Map<RateKey, Ratio> leakage = new HashMap<>();
        Map<RateKey, Ratio> attractiveness = new HashMap<>();
        for (Map.Entry<PatientFlowLedger.Key, Long> entry : ledger.ofResidents(code)) {
            boolean treatedHere = perimeter.countsInTotals(entry.getKey().entity());
            for (RateKey rate : rateKeys(entry.getKey())) {
                Ratio r = leakage.computeIfAbsent(rate, k -> new Ratio());
                r.whole += entry.getValue();
                r.part += treatedHere ? 0 : entry.getValue();
            }
        }
        for (fr.copilote.model.establishment.Finess entity : perimeter.countedEntities()) {
            for (Map.Entry<PatientFlowLedger.Key, Long> entry : ledger.treatedBy(entity)) {
                boolean resident = code.equals(entry.getKey().patientTerritory());
                for (RateKey rate : rateKeys(entry.getKey())) {
                    Ratio r = attractiveness.computeIfAbsent(rate, k -> new Ratio());
                    r.whole += entry.getValue();
                    r.part += resident ? 0 : entry.getValue();
                }
            }
        }
        add(values, LEAKAGE_RATE, leakage);
        add(values, ATTRACTIVENESS_RATE, attractiveness);
    }

    /** The rate of the key's own type, and the all-stays headline (null type) when it is a stay. */
    private static List<RateKey> rateKeys(PatientFlowLedger.Key key) {
        RateKey own = new RateKey(key.activityType(), key.scope());
        return STAYS.contains(key.activityType()) ? List.of(own, new RateKey(null, key.scope())) : List.of(own);
    }

    private static void add(ValueSink values, fr.copilote.model.indicator.Indicator indicator, Map<RateKey, Ratio> ratios) {
        ratios.forEach((key, ratio) -> {
            if (ratio.whole > 0) {
                IndicatorKey target = IndicatorKey.of(indicator, key.scope()).activityType(key.activityType());
                values.add((key.activityType() == null ? target.detail(ALL_STAYS) : target)
                        .is(BigDecimal.valueOf(ratio.part).divide(BigDecimal.valueOf(ratio.whole), MathContext.DECIMAL64)));
            }
        });
    }
}
