package fr.copilote.scheduler.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes old workbooks and reject reports — by business date after each run, by age on the admin's purge: they
 * are found by their stable names ({@code <code>_<yyyy-MM-dd>.xlsx}, {@code rejets-<file>-<yyyy-MM-dd>.csv}), nothing
 * else in the folder is touched. A retention of zero days or less keeps everything.
 */
public class OutputRetention {

    private static final Logger log = LoggerFactory.getLogger(OutputRetention.class);
    private static final Pattern DATED = Pattern.compile("(?:[A-Z0-9][A-Z0-9_-]*_|rejets-.+-)(\\d{4}-\\d{2}-\\d{2})\\.(?:xlsx|csv)");

    private final int retentionDays;

    public OutputRetention(int retentionDays) {
        this.retentionDays = retentionDays;
    }

    /** After a run: removes the outputs whose business date is older than the run's by the retention. */
    public List<Path> purge(Path folder, LocalDate businessDate) {
        if (retentionDays <= 0) {
            return List.of();
        }
        LocalDate oldestKept = businessDate.minusDays(retentionDays);
        return remove(folder, file -> dateOf(file).map(date -> date.isBefore(oldestKept)).orElse(false));
    }

    /**
     * On the admin's purge: removes the outputs written before the retention, whatever their business date (a date
     * of last year re-run today is today's file).
     */
    public List<Path> purgeWrittenBefore(Path folder, Instant now) {
        if (retentionDays <= 0) {
            return List.of();
        }
        Instant oldestKept = now.minus(Duration.ofDays(retentionDays));
        return remove(folder, file -> dateOf(file).isPresent() && modified(file).isBefore(oldestKept));
    }

    private List<Path> remove(Path folder, Predicate<Path> old) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> removed = files.filter(old).toList();
            for (Path file : removed) {
                Files.deleteIfExists(file);
                log.info("Sortie de plus de {} jours supprimée : {}", retentionDays, file.getFileName());
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("Nettoyage impossible du dossier de sortie " + folder, e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
