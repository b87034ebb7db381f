package fr.copilote.importer.directory;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.row.CellReader;
import fr.copilote.importer.row.RowValidator;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.GeoPoint;
import java.math.BigDecimal;

/**
 * Reads a row of the Eurostat healthcare-services file ({@code FR_healthcare.csv}): {@code id} is a FINESS
 * that lost its leading zeros on the way, {@code lat}/{@code lon} are WGS84 degrees.
 */
final class SitePositionValidator implements RowValidator<SitePosition> {

    static final String RULE_COORDINATES = "COORDONNEES";

    @Override
    public ValidatedRow<SitePosition> validate(CsvRow row, CsvHeader header) {
        CellReader cells = new CellReader(row, header);
        Finess site = cells.required("id", Finess::ofLeftPadded);
        String lat = cells.required("lat");
        String lon = cells.required("lon");
        GeoPoint point = null;
        if (lat != null && lon != null) {
            try {
                point = new GeoPoint(new BigDecimal(lat).doubleValue(), new BigDecimal(lon).doubleValue());
            } catch (IllegalArgumentException e) {
                cells.problem("lat", RULE_COORDINATES, "coordonnées illisibles ou hors limites : « " + lat + " », « " + lon + " »");
            }
        }
        GeoPoint position = point;
        return cells.outcome(() -> new SitePosition(site, position));
    }
}
