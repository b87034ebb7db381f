package fr.copilote.scheduler.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where the console tests' server keeps its files: a temporary folder holding the output folder the console
 * serves, named as on a server, and beside it an empty input folder and a file no one may download.
 */
final class ConsoleFolders {

    static final Path ROOT = temporaryFolder();
    static final Path OUTPUT = ROOT.resolve("sorties");
    static final Path SECRET = ROOT.resolve("secret.xlsx");

    private ConsoleFolders() {
    }

    /** Makes {@link #OUTPUT} the console's output folder (the schedule's); call it from a {@code @DynamicPropertySource}. */
    static void serveOutput(DynamicPropertyRegistry registry) {
        registry.add("copilote.schedule.output", OUTPUT::toString);
    }

    static Path emptyInput() {
        try {
            return Files.createDirectories(ROOT.resolve("entrees-vides"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("copilote-console-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
