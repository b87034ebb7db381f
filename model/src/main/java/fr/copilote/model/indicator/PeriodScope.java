package fr.copilote.model.indicator;

import fr.copilote.model.common.Labelled;

/** The span of time a figure covers, relative to the run's business date and reporting month. */
public enum PeriodScope implements Labelled {
    /** On the business date itself (conventions in force, FTE shared). */
    AT_DATE("À la date d'arrêté"),
    /** The same date one year earlier. */
    AT_DATE_N1("À la même date N-1"),
    MONTH("Mois"),
    MONTH_N1("Même mois N-1"),
    QUARTER("Trimestre en cours"),
    QUARTER_N1("Même trimestre N-1"),
    YEAR_TO_DATE("Cumul de l'année"),
    YEAR_TO_DATE_N1("Cumul N-1 à la même date"),
    ROLLING_12("12 mois glissants"),
    ROLLING_12_N1("12 mois glissants N-1"),
    /**
     * The whole calendar year before the reporting month's, January to December: the base of the projection of an
     * objective to year end. Summed for activity only (not a span of {@link #spans()}): the conventions' figures
     * accrue day by day, so a pro rata projects them as well.
     */
    YEAR_N1("Année N-1 complète"),
    /** One month of a monthly series; the month is carried by the value. */
    MONTHLY("Mois (série)");

    private final String label;

    PeriodScope(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The same span one year earlier, for the spans that have one. */
    public PeriodScope previousYear() {
        return switch (this) {
            case AT_DATE -> AT_DATE_N1;
            case MONTH -> MONTH_N1;
            case QUARTER -> QUARTER_N1;
            case YEAR_TO_DATE -> YEAR_TO_DATE_N1;
            case ROLLING_12 -> ROLLING_12_N1;
            default -> throw new IllegalArgumentException(this + " has no N-1");
        };
    }

    /**
     * The spans kept per establishment; the others (quarter, N-1 of the month and of the rolling year) are kept
     * for territories only — per establishment they would multiply the stored figures for little use.
     */
    public boolean keptPerEstablishment() {
        return this == AT_DATE || this == AT_DATE_N1 || this == MONTH || this == YEAR_TO_DATE || this == YEAR_TO_DATE_N1
                || this == ROLLING_12 || this == YEAR_N1;
    }

    /** The spans covering a stretch of months (as opposed to a day or one month of a series). */
    public static PeriodScope[] spans() {
        return new PeriodScope[] {MONTH, MONTH_N1, QUARTER, QUARTER_N1, YEAR_TO_DATE, YEAR_TO_DATE_N1, ROLLING_12, ROLLING_12_N1};
    }
}
