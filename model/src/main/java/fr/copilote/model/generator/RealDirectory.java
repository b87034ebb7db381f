package fr.copilote.model.generator;

import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.LegalStatus;
import fr.copilote.model.establishment.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Loads the real SAE directory with the coordinates file's positions, as the importer would. */
final class RealDirectory {

    private RealDirectory() {
    }

    static EstablishmentDirectory load(RealDataFolder folder) {
        return new EstablishmentDirectory(DirectoryFiles.YEAR, sites(folder), Map.of());
    }

    /** Every site of the SAE base with a valid FINESS, located when the coordinates file knows it. */
    static List<Establishment> sites(RealDataFolder folder) {
        Map<Finess, GeoPoint> positions = new TreeMap<>();
        PublishedTable.readCoordinates(folder.file(RealDataFolder.COORDINATES), row -> {
            String id = row.text("id");
            if (Finess.isValid(padded(id))) {
                try {
                    positions.putIfAbsent(Finess.ofLeftPadded(id),
                            new GeoPoint(Double.parseDouble(row.text("lat")), Double.parseDouble(row.text("lon"))));
                } catch (IllegalArgumentException unreadable) {
                    // A site without usable coordinates is still in the directory, just not on the map.
                }
            }
        });
        List<Establishment> sites = new ArrayList<>();
        PublishedTable.readSae(folder.file(RealDataFolder.SITES), row -> {
            if (Finess.isValid(row.text("fi")) && Finess.isValid(row.text("fi_ej"))) {
                Finess site = Finess.of(row.text("fi"));
                sites.add(new Establishment(site, Finess.of(row.text("fi_ej")), row.text("rs"), row.text("cat"),
                        row.text("dep"), row.text("NOMCOM"), positions.get(site), LegalStatus.ofSaeCode(row.text("stjr")).orElse(null)));
            }
        });
        return sites;
    }

    static String padded(String id) {
        return "0".repeat(Math.max(0, 9 - id.length())) + id;
    }
}
