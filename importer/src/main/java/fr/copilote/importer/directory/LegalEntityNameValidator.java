package fr.copilote.importer.directory;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.row.CellReader;
import fr.copilote.importer.row.RowValidator;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.model.establishment.Finess;

/** Reads a row of the SAE {@code ST_<year>r.csv} base: {@code FI} the legal entity, {@code RS} its name. */
final class LegalEntityNameValidator implements RowValidator<LegalEntityName> {

    @Override
    public ValidatedRow<LegalEntityName> validate(CsvRow row, CsvHeader header) {
        CellReader cells = new CellReader(row, header);
        Finess legalEntity = cells.required("FI", Finess::of);
        String name = cells.required("RS");
        return cells.outcome(() -> new LegalEntityName(legalEntity, name));
    }
}
