package fr.copilote.model.indicator;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.util.Objects;

/** One consolidated figure of a territory: what it is about, and its value. */
public record IndicatorValue(IndicatorKey key, BigDecimal value) {

    public IndicatorValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    public Indicator indicator() {
        return key.indicator();
    }

    public PeriodScope scope() {
        return key.scope();
    }

    public Finess entity() {
        return key.entity();
    }

    public Finess counterpart() {
        return key.counterpart();
    }

    public CarePathway pathway() {
        return key.pathway();
    }

    public ActivityType activityType() {
        return key.activityType();
    }

    public String detail() {
        return key.detail();
    }
}
