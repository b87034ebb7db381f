package fr.copilote.importer.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data of {@code ../shared/data/real}, read-only. Tests that need it are skipped — with the
 * reason — on a clone that has no {@code ../shared} beside it; {@code .ci/run} checks they did run in CI.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path realData() {
        String configured = System.getProperty("copilote.shared.dir");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        return shared.resolve("data").resolve("real").normalize();
    }

    /** The file, or the test is skipped with a clear reason when the shared data is not beside the clone. */
    public static Path require(String relativePath) {
        Path file = realData().resolve(relativePath);
        assumeTrue(Files.isRegularFile(file), "données réelles absentes (" + file.toAbsolutePath()
                + ") : ce test ne tourne qu'avec ../shared à côté du dépôt");
        return file;
    }
}
