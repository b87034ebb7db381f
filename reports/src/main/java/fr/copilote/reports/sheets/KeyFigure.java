package fr.copilote.reports.sheets;

import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.PeriodScope;

/**
 * A line of the Synthèse's key figures: the value, its N-1 when the indicator has one, and the defined name
 * under which the value cell is published.
 *
 * @param name a workbook-level defined name (letters, digits, underscores)
 */
record KeyFigure(String label, IndicatorKey key, PeriodScope previous, String name) {

    static KeyFigure of(Indicator indicator, PeriodScope scope, String name) {
        return new KeyFigure(indicator.label(), IndicatorKey.of(indicator, scope), previousOf(scope), name);
    }

    static KeyFigure labelled(String label, IndicatorKey key, String name) {
        return new KeyFigure(label, key, previousOf(key.scope()), name);
    }

    private static PeriodScope previousOf(PeriodScope scope) {
        return switch (scope) {
            case AT_DATE, MONTH, QUARTER, YEAR_TO_DATE, ROLLING_12 -> scope.previousYear();
            default -> null;
        };
    }

    IndicatorKey previousKey() {
        return new IndicatorKey(key.indicator(), previous, key.period(), key.entity(), key.counterpart(), key.pathway(),
                key.activityType(), key.detail());
    }
}
