package fr.copilote.importer.objective;

import fr.copilote.importer.csv.ExpectedColumns;

/** The columns of {@code objectifs.csv}, fixed by the data contract. */
public final class ObjectiveColumns {

    public static final String TERRITORY_CODE = "territory_code";
    public static final String CARE_PATHWAY = "care_pathway";
    public static final String INDICATOR = "indicator";
    public static final String ACTIVITY_TYPE = "activity_type";
    public static final String FINESS = "finess";
    public static final String YEAR = "year";
    public static final String TARGET = "target";
    public static final String DIRECTION = "direction";

    public static final ExpectedColumns HEADER = ExpectedColumns.contractFile(TERRITORY_CODE, CARE_PATHWAY, INDICATOR,
            ACTIVITY_TYPE, FINESS, YEAR, TARGET, DIRECTION);

    private ObjectiveColumns() {
    }
}
