package fr.copilote.model.files;

import fr.copilote.model.common.ExplainedException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes a file under a temporary name in the same folder and moves it into place only once complete: a
 * failed run never leaves a partial file under the final name, and yesterday's file stays until today's is
 * whole. A process killed while writing leaves its temporary file behind; the next write of the same file removes
 * it. That is safe because a given output (a territory and a business date) is written by one run at a time: the
 * job repository never runs a date twice at once.
 */
public final class AtomicFile {

    /** What produces the file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMPORARY_SUFFIX = ".part";

    private AtomicFile() {
    }

    public static Path write(Path target, Content content) {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            removeLeftovers(target);
            // Created like any new file (not with createTempFile's owner-only permissions): the finance team reads
            // the outputs from a shared folder.
            temporary = Files.createFile(folder.resolve(temporaryPrefix(target) + UUID.randomUUID() + TEMPORARY_SUFFIX));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new ExplainedException(explain(target, e), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the next write of the same file removes it
                }
            }
        }
    }

    /** The temporary files an earlier, interrupted write of this target left behind. */
    static void removeLeftovers(Path target) throws IOException {
        String prefix = temporaryPrefix(target);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(target.toAbsolutePath().getParent(),
                entry -> entry.getFileName().toString().startsWith(prefix) && entry.getFileName().toString().endsWith(TEMPORARY_SUFFIX))) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static String temporaryPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** In French, with what to do: the JDK says « No space left on device » or names a denied path. */
    static String explain(Path target, IOException failure) {
        Path folder = target.toAbsolutePath().getParent();
        String reason = String.valueOf(failure.getMessage());
        if (reason.contains("No space left on device") || reason.contains("Disk quota exceeded")) {
            return "Espace disque insuffisant pour écrire " + target.getFileName() + " dans " + folder + " (" + freeSpace(folder)
                    + " libres) : libérez de la place, puis relancez ; un traitement interrompu reprend là où il s'est arrêté";
        }
        if (failure instanceof AccessDeniedException) {
            return "Écriture refusée dans " + folder + " pour " + target.getFileName()
                    + " : donnez au compte qui exécute Copilote le droit d'écrire dans ce dossier, puis relancez";
        }
        return "Écriture impossible de " + target.getFileName() + " dans " + folder + " (" + failure.getClass().getSimpleName()
                + " : " + reason + ") : vérifiez le dossier de sortie, puis relancez";
    }

    private static String freeSpace(Path folder) {
        try {
            long bytes = Files.getFileStore(folder).getUsableSpace();
            return bytes >= 1 << 20 ? String.format(Locale.FRANCE, "%,d Mo", bytes >> 20) : String.format(Locale.FRANCE, "%,d octets", bytes);
        } catch (IOException e) {
            return "espace libre inconnu";
        }
    }
}
