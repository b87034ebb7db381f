package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Looks a consolidated value up by its exact key, the way the tests state their expectations. */
record Figures(List<IndicatorValue> values) {

    Optional<BigDecimal> find(IndicatorKey key) {
        List<IndicatorValue> matches = values.stream().filter(v -> v.key().equals(key)).toList();
        if (matches.size() > 1) {
            throw new AssertionError("several values for " + key + ": " + matches);
        }
        return matches.stream().map(IndicatorValue::value).findFirst();
    }

    double get(IndicatorKey key) {
        return find(key).orElseThrow(() -> new AssertionError("no value for " + key)).doubleValue();
    }

    double territory(Indicator indicator, PeriodScope scope) {
        return get(IndicatorKey.of(indicator, scope));
    }

    double entity(Indicator indicator, PeriodScope scope, Finess entity) {
        return get(IndicatorKey.of(indicator, scope).entity(entity));
    }

    double stays(Indicator indicator, PeriodScope scope, Finess entity) {
        return get(IndicatorKey.of(indicator, scope).entity(entity).pathway(CarePathway.MEDECINE).activityType(ActivityType.SEJOUR_HC));
    }
}
