package fr.copilote.reports.workbook;

import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.PeriodScope;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A territory's consolidated values, looked up by their exact key the way the sheets read them. */
public final class Figures {

    private final List<IndicatorValue> values;
    private final Map<IndicatorKey, BigDecimal> byKey = new HashMap<>();

    public Figures(List<IndicatorValue> values) {
        this.values = values;
        values.forEach(value -> byKey.put(value.key(), value.value()));
    }

    public Optional<BigDecimal> find(IndicatorKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The value, zero when the territory has none (no conventions, no activity of that kind). */
    public BigDecimal get(IndicatorKey key) {
        return byKey.getOrDefault(key, BigDecimal.ZERO);
    }

    public BigDecimal territory(Indicator indicator, PeriodScope scope) {
        return get(IndicatorKey.of(indicator, scope));
    }

    public List<IndicatorValue> matching(Predicate<IndicatorValue> filter) {
        return values.stream().filter(filter).toList();
    }
}
