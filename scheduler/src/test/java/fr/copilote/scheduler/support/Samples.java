package fr.copilote.scheduler.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bundled sample at the project's root, as the README's quick start uses it. */
public final class Samples {

    private Samples() {
    }

    public static Path folder() {
        return Path.of("..", "samples").toAbsolutePath().normalize();
    }

    /** Data lines of a sample file (non-blank lines after the header), counted apart from the importer. */
    public static long dataLines(String fileName) {
        try (Stream<String> lines = Files.lines(folder().resolve(fileName), StandardCharsets.UTF_8)) {
            return lines.skip(1).filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
