package fr.copilote.importer.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/** The folder the nightly files are dropped into. */
public record InputFolder(Path path) {

    /**
     * The file of that kind, if present. For the SAE bases, named by year, the most recent year wins, so
     * that dropping {@code ID_2024r.csv} beside {@code ID_2023r.csv} is enough to move on.
     */
    public Optional<Path> find(InputKind kind) {
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("Le dossier d'entrée " + path.toAbsolutePath() + " n'existe pas ou n'est pas un dossier");
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> kind.fileName().matcher(file.getFileName().toString()).matches())
                    .max(Comparator.comparing(InputFolder::yearOf).thenComparing(Path::getFileName));
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture impossible du dossier d'entrée " + path.toAbsolutePath(), e);
        }
    }

    private static int yearOf(Path file) {
        Matcher digits = java.util.regex.Pattern.compile("(\\d{4})").matcher(file.getFileName().toString());
        return digits.find() ? Integer.parseInt(digits.group(1)) : 0;
    }
}
