package fr.copilote.importer.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folder the nightly files are dropped into. Every entry of it is either read, as one of the
 * {@link InputKind}s, or {@linkplain #ignored() ignored} with the reason.
 */
public record InputFolder(Path path) {

    /** Name endings of files still being written or left by a tool: a transfer in progress, an editor's backup. */
    private static final List<String> TEMPORARY_ENDINGS = List.of("~", ".part", ".tmp", ".crdownload");

    /**
     * The files of that kind the import reads: those of every year present for the official statistics; for the
     * other kinds, the one file, or the most recent year's for the directory, so that dropping
     * {@code ID_2024r.csv} beside {@code ID_2023r.csv} is enough to move on.
     */
    public List<Path> filesToRead(InputKind kind) {
        List<Path> files = findAll(kind);
        return kind.everyYear() || files.size() <= 1 ? files : List.of(files.get(files.size() - 1));
    }

    /** Every file of that kind, oldest year first; hidden and temporary files are never of any kind. */
    public List<Path> findAll(InputKind kind) {
        return entries().filter(Files::isRegularFile).filter(file -> !isHiddenOrTemporary(file))
                .filter(file -> kind.fileName().matcher(file.getFileName().toString()).matches())
                .sorted(Comparator.comparing(kind::yearOf).thenComparing(Path::getFileName))
                .toList();
    }

    /**
     * Every entry of the folder that the import does not read, in name order, each with why: a sub-folder, a
     * hidden or temporary file, a file of no known kind, an older directory year than the one read.
     */
    public List<IgnoredFile> ignored() {
        Set<Path> read = new HashSet<>();
        Arrays.stream(InputKind.values()).forEach(kind -> read.addAll(filesToRead(kind)));
        List<IgnoredFile> ignored = new ArrayList<>();
        for (Path entry : entries().sorted(Comparator.comparing(Path::getFileName)).toList()) {
            if (!read.contains(entry)) {
                ignored.add(new IgnoredFile(entry.getFileName().toString(), reasonNotRead(entry)));
            }
        }
        return ignored;
    }

    private String reasonNotRead(Path entry) {
        if (Files.isDirectory(entry)) {
            return "sous-dossier : seuls les fichiers placés directement dans le dossier d'entrée sont lus";
        }
        if (!Files.isRegularFile(entry)) {
            return "ce n'est pas un fichier ordinaire (lien cassé ?)";
        }
        if (isHiddenOrTemporary(entry)) {
            return "fichier caché ou temporaire (verrou de tableur, transfert en cours, copie de sauvegarde…) : jamais lu";
        }
        Optional<InputKind> kind = Arrays.stream(InputKind.values())
                .filter(candidate -> candidate.fileName().matcher(entry.getFileName().toString()).matches()).findFirst();
        if (kind.isEmpty()) {
            return "type de fichier inconnu ; noms attendus : " + Arrays.stream(InputKind.values()).map(InputKind::expectedName)
                    .collect(Collectors.joining(", "));
        }
        Path read = filesToRead(kind.get()).get(0);
        return kind.get().yearOf(entry) < kind.get().yearOf(read)
                ? "supplanté par " + read.getFileName() + " (année plus récente)"
                : "en double de " + read.getFileName() + " : un seul fichier « " + kind.get().label() + " » est lu";
    }

    /**
     * Hidden files ({@code .DS_Store}, LibreOffice's {@code .~lock.conventions.csv#}), Office's {@code ~$…} locks,
     * and files whose name says they are not finished or are a backup.
     */
    private static boolean isHiddenOrTemporary(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~") || TEMPORARY_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    private Stream<Path> entries() {
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("Le dossier d'entrée " + path.toAbsolutePath() + " n'existe pas ou n'est pas un dossier");
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture impossible du dossier d'entrée " + path.toAbsolutePath(), e);
        }
    }
}
