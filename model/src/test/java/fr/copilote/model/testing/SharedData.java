package fr.copilote.model.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data of {@code ../shared/data/real}, read-only. Surefire passes {@code ../shared} as the
 * system property {@code copilote.shared.dir}; outside Maven it is looked for beside the project root. Tests
 * that need it are skipped — with the reason {@value #SKIP_REASON} — on a clone without it; {@code .ci/run}
 * fails if any was skipped while the data was there.
 */
public final class SharedData {

    public static final String PROPERTY = "copilote.shared.dir";
    /** The words {@code .ci/run} looks for in the test reports. */
    public static final String SKIP_REASON = "données réelles absentes";

    private SharedData() {
    }

    public static Path realData() {
        String configured = System.getProperty(PROPERTY);
        Path shared = configured != null && !configured.isBlank() ? Path.of(configured) : projectRoot().resolve("../shared");
        return shared.resolve("data").resolve("real").toAbsolutePath().normalize();
    }

    /** The file, or the test is skipped with the reason when the shared data is not beside the clone. */
    public static Path require(String relativePath) {
        Path file = realData().resolve(relativePath);
        assumeTrue(Files.isRegularFile(file), SKIP_REASON + " (" + file + ") : ce test ne tourne qu'avec ../shared à côté du dépôt");
        return file;
    }

    /** The whole real-data folder, or the test is skipped (it must at least hold the SAE directory). */
    public static Path requireFolder() {
        require("sae-2023/ID_2023r.csv");
        return realData();
    }

    /** The folder holding {@code mvnw}, from wherever the tests run (module or project root). */
    private static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return here;
    }
}
