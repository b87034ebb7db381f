package fr.copilote.model.consolidation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A running sum per key, in the order keys first appear: how a figure is added up over members or conventions. */
final class Sums<K> {

    private final Map<K, BigDecimal> totals = new LinkedHashMap<>();

    void add(K key, BigDecimal amount) {
        totals.merge(key, amount, BigDecimal::add);
    }

    BigDecimal get(K key) {
        return totals.getOrDefault(key, BigDecimal.ZERO);
    }

    Map<K, BigDecimal> asMap() {
        return totals;
    }
}
