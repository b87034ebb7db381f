package fr.copilote.importer.activity;

import fr.copilote.importer.csv.ExpectedColumns;

/** The columns of {@code activite.csv}, fixed by the data contract. */
public final class ActivityColumns {

    public static final String PERIOD = "period";
    public static final String FINESS = "finess";
    public static final String CARE_PATHWAY = "care_pathway";
    public static final String ACTIVITY_TYPE = "activity_type";
    public static final String VOLUME = "volume";
    public static final String REVENUE_EUR = "revenue_eur";
    public static final String DIRECT_COST_EUR = "direct_cost_eur";
    public static final String PATIENT_TERRITORY = "patient_territory";
    public static final String CONVENTION_ID = "convention_id";

    public static final ExpectedColumns HEADER = ExpectedColumns.contractFile(PERIOD, FINESS, CARE_PATHWAY, ACTIVITY_TYPE,
            VOLUME, REVENUE_EUR, DIRECT_COST_EUR, PATIENT_TERRITORY, CONVENTION_ID);

    private ActivityColumns() {
    }
}
