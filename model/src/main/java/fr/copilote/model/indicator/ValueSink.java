package fr.copilote.model.indicator;

/**
 * Where consolidated values go as they are computed: a list in tests, the database in batches in production —
 * so that a territory of thousands of establishments is never held whole in memory.
 */
@FunctionalInterface
public interface ValueSink {

    void add(IndicatorValue value);
}
