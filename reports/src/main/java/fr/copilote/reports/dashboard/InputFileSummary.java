package fr.copilote.reports.dashboard;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One input file of the run, for the receipt (Sources) and the data-quality sheet.
 *
 * @param topReasons   the most frequent reject rules, most frequent first, each with its count and an example message
 * @param rejectReport  where the reject report was written, if any
 * @param unreadColumns the header columns the run did not read, in header order
 */
public record InputFileSummary(String fileName, String kindLabel, String status, String sha256, long sizeBytes,
                               String encoding, String separator, long rowsRead, long rowsAccepted, long rowsRejected,
                               long rowsWarned, LocalDateTime importedAt, List<String> topReasons, List<String> topWarnings,
                               String rejectReport, List<UnreadColumnLine> unreadColumns) {
}
