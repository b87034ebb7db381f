package fr.copilote.model.objective;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An objective judged against the figures of the reporting month. Numbers are null when the objective could not be
 * judged ({@link ObjectiveStatus#judged()} is false).
 *
 * @param current    the year to date of a sum, or the current value of a rate, an average or a stock
 * @param projection the value expected at year end
 * @param gap        projection − target, in the indicator's unit
 * @param note       why the method or the status is what it is, in French; null when there is nothing to add
 */
public record ObjectiveResult(Objective objective, ObjectiveStatus status, BigDecimal current, BigDecimal projection,
                              ProjectionMethod method, BigDecimal gap, String note) {

    public ObjectiveResult {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(status, "status");
    }

    static ObjectiveResult unjudged(Objective objective, ObjectiveStatus status, String note) {
        return new ObjectiveResult(objective, status, null, null, null, null, note);
    }
}
