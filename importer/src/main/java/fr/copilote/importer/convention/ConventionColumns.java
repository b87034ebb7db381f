package fr.copilote.importer.convention;

import fr.copilote.importer.csv.ExpectedColumns;

/** The columns of {@code conventions.csv}, fixed by the data contract. */
public final class ConventionColumns {

    public static final String CONVENTION_ID = "convention_id";
    public static final String ORIGIN_FINESS = "origin_finess";
    public static final String HOST_FINESS = "host_finess";
    public static final String PRACTITIONER_RPPS = "practitioner_rpps";
    public static final String SPECIALTY = "specialty";
    public static final String CARE_PATHWAY = "care_pathway";
    public static final String SHARING_MODE = "sharing_mode";
    public static final String HALF_DAYS_PER_WEEK = "half_days_per_week";
    public static final String START_DATE = "start_date";
    public static final String END_DATE = "end_date";
    public static final String ANNUAL_REFUND_EUR = "annual_refund_eur";
    public static final String STATUS = "status";

    public static final ExpectedColumns HEADER = ExpectedColumns.contractFile(CONVENTION_ID, ORIGIN_FINESS, HOST_FINESS,
            PRACTITIONER_RPPS, SPECIALTY, CARE_PATHWAY, SHARING_MODE, HALF_DAYS_PER_WEEK, START_DATE, END_DATE,
            ANNUAL_REFUND_EUR, STATUS);

    private ConventionColumns() {
    }
}
