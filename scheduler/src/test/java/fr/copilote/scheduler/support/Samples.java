package fr.copilote.scheduler.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;

/** The bundled sample at the project's root, as the README's quick start uses it. */
public final class Samples {

    private Samples() {
    }

    public static Path folder() {
        return Path.of("..", "samples").toAbsolutePath().normalize();
    }

    /** Copies the sample's files into a folder, leaving out those named; returns the folder. */
    public static Path copyTo(Path folder, String... leftOut) {
        Set<String> skipped = Set.of(leftOut);
        try (Stream<Path> files = Files.list(folder())) {
            Files.createDirectories(folder);
            for (Path file : files.toList()) {
                if (!skipped.contains(file.getFileName().toString())) {
                    Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
