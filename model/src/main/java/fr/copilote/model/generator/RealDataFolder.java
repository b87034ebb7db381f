package fr.copilote.model.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The folder of real public data (as in {@code /work/shared/data/real}) and the files the generator reads from it. */
final class RealDataFolder {

    static final String SITES = "sae-2023/ID_2023r.csv";
    static final String LEGAL_ENTITIES = "sae-2023/ST_2023r.csv";
    static final String MCO = "sae-2023/MCO_2023r.csv";
    static final String EMERGENCIES = "sae-2023/URGENCES2_2023r.csv";
    static final String PERINATAL = "sae-2023/PERINAT_2023r.csv";
    static final String REHABILITATION = "sae-2023/SSR_2023r.csv";
    static final String MEDICAL_STAFF = "sae-2023/Q21_2023r.csv";
    static final String COORDINATES = "geo/FR_healthcare.csv";

    private static final List<String> REQUIRED = List.of(SITES, LEGAL_ENTITIES, MCO, EMERGENCIES, PERINATAL,
            REHABILITATION, MEDICAL_STAFF, COORDINATES);

    private final Path root;

    private RealDataFolder(Path root) {
        this.root = root;
    }

    /** Checks every file up front, so that a missing one is named before anything is written. */
    static RealDataFolder require(Path root, String purpose) {
        if (root == null) {
            throw new MissingRealDataException(purpose + " se construit à partir des données publiques réelles : indiquez "
                    + "le dossier qui contient sae-2023/ et geo/ (par exemple /work/shared/data/real).");
        }
        for (String file : REQUIRED) {
            Path path = root.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new MissingRealDataException("Fichier de données réelles introuvable : " + path.toAbsolutePath()
                        + ". " + purpose + " a besoin de " + String.join(", ", REQUIRED) + " dans " + root.toAbsolutePath() + ".");
            }
        }
        return new RealDataFolder(root);
    }

    Path file(String relative) {
        return root.resolve(relative);
    }
}
