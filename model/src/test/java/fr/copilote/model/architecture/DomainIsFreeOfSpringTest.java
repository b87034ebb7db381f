package fr.copilote.model.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain computes, Spring wires: only the store package of the model may import Spring. */
class DomainIsFreeOfSpringTest {

    @Test
    void onlyTheStorePackageImportsSpring() throws IOException {
        Path sources = Path.of("src/main/java/fr/copilote/model");
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !sources.relativize(file).startsWith("store"))
                    .filter(DomainIsFreeOfSpringTest::importsSpring)
                    .toList();
            assertThat(offenders).as("domain classes importing Spring").isEmpty();
        }
    }

    private static boolean importsSpring(Path file) {
        try {
            return Files.readString(file).contains("import org.springframework");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
