package fr.copilote.model.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real public data the bundled sample is built from: {@code <shared>/data/real}, where Surefire
 * passes {@code <shared>} as the system property {@code copilote.shared.dir}; outside Maven, {@code ../shared}
 * next to the project root.
 */
final class SharedRealData {

    static final String PROPERTY = "copilote.shared.dir";

    private SharedRealData() {
    }

    static Path folder() {
        String shared = System.getProperty(PROPERTY);
        Path sharedDir = shared != null && !shared.isBlank() ? Paths.get(shared) : projectRoot().resolve("../shared");
        return sharedDir.resolve("data/real").normalize().toAbsolutePath();
    }

    /** Skips the calling test (or class, from {@code @BeforeAll}) when the real data are not there. */
    static Path requireFolder() {
        Path folder = folder();
        Assumptions.assumeTrue(Files.isRegularFile(folder.resolve("sae-2023/ID_2023r.csv")),
                "Données publiques réelles absentes de " + folder + " (propriété " + PROPERTY
                        + ") : le jeu d'exemple ne peut pas être construit, test ignoré.");
        return folder;
    }

    /** The directory holding {@code mvnw}, from wherever the tests run (module or project root). */
    private static Path projectRoot() {
        Path here = Paths.get("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return here;
    }
}
