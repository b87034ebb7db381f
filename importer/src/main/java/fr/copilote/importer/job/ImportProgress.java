package fr.copilote.importer.job;

import fr.copilote.importer.csv.CsvFileReader;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the admin watching a long import how far it is: rows done, rows per second and the time left,
 * estimated from the share of the file's bytes already read. Logs at a steady interval, in French.
 */
public class ImportProgress {

    private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);

    private final long intervalNanos;
    private CsvFileReader reader;
    private String fileName;
    private long sizeBytes;
    private long startNanos;
    private long lastLogNanos;
    private long rows;
    private long startBytes;

    public ImportProgress(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    void start(CsvFileReader fileReader) {
        this.reader = fileReader;
        this.fileName = fileReader.file().fileName();
        this.sizeBytes = fileReader.file().sizeBytes();
        this.startNanos = System.nanoTime();
        this.lastLogNanos = startNanos;
        this.startBytes = fileReader.bytesRead();
        this.rows = 0;
        if (fileReader.linesConsumed() > 1) {
            log.info("{} : reprise après la ligne {}", fileName, fileReader.linesConsumed());
        }
    }

    void rowRead() {
        rows++;
        if ((rows & 1023) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastLogNanos < intervalNanos) {
            return;
        }
        lastLogNanos = now;
        double seconds = (now - startNanos) / 1e9;
        long done = reader.bytesRead() - startBytes;
        long left = Math.max(0, sizeBytes - reader.bytesRead());
        double bytesPerSecond = done / Math.max(seconds, 1e-3);
        long etaSeconds = bytesPerSecond > 0 ? Math.round(left / bytesPerSecond) : -1;
        log.info(String.format(Locale.FRANCE, "%s : %,d lignes traitées (%,.0f lignes/s), %d %% du fichier, fin estimée dans %s",
                fileName, rows, rows / Math.max(seconds, 1e-3), sizeBytes == 0 ? 100 : 100 * reader.bytesRead() / sizeBytes,
                etaSeconds < 0 ? "?" : formatDuration(etaSeconds)));
    }

    void finish() {
        if (reader == null) {
            return;
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        log.info(String.format(Locale.FRANCE, "%s : %,d lignes lues en %.1f s (%,.0f lignes/s)", fileName, rows, seconds,
                rows / Math.max(seconds, 1e-3)));
        reader = null;
    }

    static String formatDuration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return (seconds / 60) + " min " + (seconds % 60) + " s";
        }
        return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
    }
}
