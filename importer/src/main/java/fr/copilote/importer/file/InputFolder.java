package fr.copilote.importer.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The folder the nightly files are dropped into. */
public record InputFolder(Path path) {

    /**
     * The file of that kind, if present. For the SAE bases, named by year, the most recent year wins, so
     * that dropping {@code ID_2024r.csv} beside {@code ID_2023r.csv} is enough to move on.
     */
    public Optional<Path> find(InputKind kind) {
        List<Path> files = findAll(kind);
        return files.isEmpty() ? Optional.empty() : Optional.of(files.get(files.size() - 1));
    }

    /** Every file of that kind, oldest year first. */
    public List<Path> findAll(InputKind kind) {
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("Le dossier d'entrée " + path.toAbsolutePath() + " n'existe pas ou n'est pas un dossier");
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> kind.fileName().matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(kind::yearOf).thenComparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture impossible du dossier d'entrée " + path.toAbsolutePath(), e);
        }
    }
}
