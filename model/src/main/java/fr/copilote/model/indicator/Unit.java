package fr.copilote.model.indicator;

/**
 * What an indicator's value is counted in. Decides its number format in the workbooks and the precision it is
 * kept at: every value is rounded once, when computed, and totals are sums of the rounded values — as in
 * accounts, where the total is the sum of the lines.
 */
public enum Unit {
    COUNT(4), FTE(4), EURO(2), RATE(6), DAYS(4), KILOMETRES(2);

    private final int scale;

    Unit(int scale) {
        this.scale = scale;
    }

    /** Decimal places kept. */
    public int scale() {
        return scale;
    }
}
