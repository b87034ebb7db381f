package fr.copilote.importer.directory;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.row.CellReader;
import fr.copilote.importer.row.RowValidator;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.LegalStatus;

/**
 * Reads a site of the DREES SAE establishment directory ({@code ID_<year>r.csv}) as published:
 * {@code fi} the site, {@code fi_ej} its legal entity, {@code rs} its name, {@code cat} its category,
 * {@code dep} its département, {@code NOMCOM} its commune, {@code stjr} its legal status (optional: an older or trimmed
 * directory without it leaves the status unknown, and the figures that need it say so).
 */
public final class SiteValidator implements RowValidator<Establishment> {

    @Override
    public ValidatedRow<Establishment> validate(CsvRow row, CsvHeader header) {
        CellReader cells = new CellReader(row, header);
        Finess site = cells.required("fi", Finess::of);
        Finess legalEntity = cells.required("fi_ej", Finess::of);
        String name = cells.required("rs");
        String category = cells.optional("cat");
        String departement = cells.optional("dep");
        String commune = cells.optional("NOMCOM");
        LegalStatus status = LegalStatus.ofSaeCode(cells.optional("stjr")).orElse(null);
        return cells.outcome(() -> new Establishment(site, legalEntity, name, category, departement, commune, null, status));
    }
}
