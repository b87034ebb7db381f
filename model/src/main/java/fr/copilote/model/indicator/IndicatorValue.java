package fr.copilote.model.indicator;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One consolidated figure of a territory, with the dimensions it is broken down by; a null dimension means
 * "all" (e.g. a null entity is the territory's total).
 *
 * @param entity      the legal entity the figure is about
 * @param counterpart the other end of a flow (host when entity is the origin)
 * @param detail      a free dimension: specialty, sharing mode, practitioner...
 */
public record IndicatorValue(Indicator indicator, PeriodScope scope, Finess entity, Finess counterpart,
                             CarePathway pathway, ActivityType activityType, String detail, BigDecimal value) {

    public IndicatorValue {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(value, "value");
    }

    public static IndicatorValue territoryTotal(Indicator indicator, PeriodScope scope, BigDecimal value) {
        return new IndicatorValue(indicator, scope, null, null, null, null, null, value);
    }

    public static IndicatorValue ofEntity(Indicator indicator, PeriodScope scope, Finess entity, BigDecimal value) {
        return new IndicatorValue(indicator, scope, entity, null, null, null, null, value);
    }
}
