package fr.copilote.scheduler.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the workbooks and reject reports whose business date is older than the retention period: they are
 * found by their stable names ({@code <code>_<yyyy-MM-dd>.xlsx}, {@code rejets-<file>-<yyyy-MM-dd>.csv}), nothing
 * else in the folder is touched. A retention of zero days or less keeps everything.
 */
public class OutputRetention {

    private static final Logger log = LoggerFactory.getLogger(OutputRetention.class);
    private static final Pattern DATED = Pattern.compile("(?:[A-Z0-9][A-Z0-9_-]*_|rejets-.+-)(\\d{4}-\\d{2}-\\d{2})\\.(?:xlsx|csv)");

    private final int retentionDays;

    public OutputRetention(int retentionDays) {
        this.retentionDays = retentionDays;
    }

    /** @return the files removed */
    public List<Path> purge(Path folder, LocalDate businessDate) {
        if (retentionDays <= 0 || !Files.isDirectory(folder)) {
            return List.of();
        }
        LocalDate oldestKept = businessDate.minusDays(retentionDays);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> old = files.filter(file -> dateOf(file).map(date -> date.isBefore(oldestKept)).orElse(false)).toList();
            for (Path file : old) {
                Files.deleteIfExists(file);
                log.info("Sortie de plus de {} jours supprimée : {}", retentionDays, file.getFileName());
            }
            return old;
        } catch (IOException e) {
            throw new UncheckedIOException("Nettoyage impossible du dossier de sortie " + folder, e);
        }
    }

    static Optional<LocalDate> dateOf(Path file) {
        Matcher matcher = DATED.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
