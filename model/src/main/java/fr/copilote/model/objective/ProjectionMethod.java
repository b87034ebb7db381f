package fr.copilote.model.objective;

/** How the value an objective is judged on at year end was obtained; printed beside the projection. */
public enum ProjectionMethod {
    /** A sum over months, projected with last year's shape: year to date × N-1 full year ÷ N-1 same months. */
    SEASONAL("saisonnalité N-1 : cumul × année N-1 ÷ mêmes mois N-1"),
    /** A sum over months without a usable N-1: year to date × 12 ÷ months elapsed. */
    PRO_RATA("prorata des mois écoulés : cumul × 12 ÷ mois écoulés"),
    /** A rate or an average over the year to date: the current value is the projection. */
    CURRENT_RATE("taux ou moyenne du cumul de l'année : la valeur actuelle tient lieu de projection"),
    /** A stock on the business date (conventions in force, FTE): the current value is the projection. */
    AT_DATE("valeur à la date d'arrêté : la valeur actuelle tient lieu de projection"),
    /** A ratio kept over the rolling 12 months only. */
    ROLLING_12("valeur des 12 mois glissants : la valeur actuelle tient lieu de projection");

    private final String label;

    ProjectionMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
