package fr.copilote.model.indicator;

import fr.copilote.model.common.Labelled;

/** The span of time a figure covers, relative to the run's reporting month. */
public enum PeriodScope implements Labelled {
    /** On the business date itself (conventions in force, FTE shared). */
    AT_DATE("À la date d'arrêté"),
    /** The same date one year earlier. */
    AT_DATE_N1("À la même date N-1"),
    MONTH("Mois"),
    MONTH_N1("Même mois N-1"),
    YEAR_TO_DATE("Cumul de l'année"),
    YEAR_TO_DATE_N1("Cumul N-1 à la même date"),
    ROLLING_12("12 mois glissants"),
    ROLLING_12_N1("12 mois glissants N-1");

    private final String label;

    PeriodScope(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
