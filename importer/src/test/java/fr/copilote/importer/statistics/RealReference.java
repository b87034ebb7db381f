package fr.copilote.importer.statistics;

import fr.copilote.importer.directory.SiteValidator;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.WholeFile;
import fr.copilote.model.testing.SharedData;
import fr.copilote.model.establishment.EstablishmentDirectory;
import java.util.Map;
import java.util.Set;

/** The real SAE 2023 directory as reference data, as the import step would load it. */
final class RealReference {

    private RealReference() {
    }

    static ReferenceData load() {
        var sites = WholeFile.read(SharedData.require("sae-2023/ID_2023r.csv"), InputKind.ANNUAIRE.columns(), new SiteValidator()).values();
        return new ReferenceData(new EstablishmentDirectory(2023, sites, Map.of()), Set.of(), Set.of(), Map.of());
    }
}
