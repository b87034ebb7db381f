package fr.copilote.importer.territory;

import fr.copilote.importer.csv.ExpectedColumns;

/** The columns of {@code territoires.csv}, fixed by the data contract. */
public final class TerritoryColumns {

    public static final String TERRITORY_CODE = "territory_code";
    public static final String TERRITORY_NAME = "territory_name";
    public static final String FINESS = "finess";
    public static final String ROLE = "role";

    public static final ExpectedColumns HEADER = ExpectedColumns.contractFile(TERRITORY_CODE, TERRITORY_NAME, FINESS, ROLE);

    private TerritoryColumns() {
    }
}
