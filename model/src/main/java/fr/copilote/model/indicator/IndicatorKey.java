package fr.copilote.model.indicator;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a consolidated figure is about: the indicator, its period scope and the dimensions it is broken down by.
 * A null dimension means "all" (a null entity is the territory's total). Built fluently:
 * {@code IndicatorKey.of(SHARED_FTE_INCOMING, AT_DATE).entity(chu).is(fte)}.
 *
 * @param period      the month of a {@link PeriodScope#MONTHLY} series value
 * @param counterpart the other end of a flow (the host when {@code entity} is the origin)
 * @param detail      a free dimension: specialty, sharing mode, practitioner (RPPS), convention id, flow kind
 */
public record IndicatorKey(Indicator indicator, PeriodScope scope, Period period, Finess entity, Finess counterpart,
                           CarePathway pathway, ActivityType activityType, String detail) {

    public IndicatorKey {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(scope, "scope");
    }

    public static IndicatorKey of(Indicator indicator, PeriodScope scope) {
        return new IndicatorKey(indicator, scope, null, null, null, null, null, null);
    }

    /** The same dimensions for another indicator (revenue, then cost and margin of the same pathway...). */
    public IndicatorKey as(Indicator other) {
        return new IndicatorKey(other, scope, period, entity, counterpart, pathway, activityType, detail);
    }

    public IndicatorKey month(Period month) {
        return new IndicatorKey(indicator, scope, month, entity, counterpart, pathway, activityType, detail);
    }

    public IndicatorKey entity(Finess value) {
        return new IndicatorKey(indicator, scope, period, value, counterpart, pathway, activityType, detail);
    }

    public IndicatorKey flow(Finess origin, Finess host) {
        return new IndicatorKey(indicator, scope, period, origin, host, pathway, activityType, detail);
    }

    public IndicatorKey pathway(CarePathway value) {
        return new IndicatorKey(indicator, scope, period, entity, counterpart, value, activityType, detail);
    }

    public IndicatorKey activityType(ActivityType value) {
        return new IndicatorKey(indicator, scope, period, entity, counterpart, pathway, value, detail);
    }

    public IndicatorKey detail(String value) {
        return new IndicatorKey(indicator, scope, period, entity, counterpart, pathway, activityType, value);
    }

    /** The value, rounded half-even to the precision of the indicator's unit. */
    public IndicatorValue is(BigDecimal value) {
        return new IndicatorValue(this, value.setScale(indicator.unit().scale(), RoundingMode.HALF_EVEN));
    }

    public IndicatorValue is(long value) {
        return is(BigDecimal.valueOf(value));
    }

    public IndicatorValue is(double value) {
        return is(BigDecimal.valueOf(value));
    }
}
