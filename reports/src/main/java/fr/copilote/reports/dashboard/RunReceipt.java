package fr.copilote.reports.dashboard;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a workbook must say about how it was made, so that a controller can trace any figure back: the run, its
 * parameters, each input file with its fingerprint and counts, the entries of the input folder it did not read,
 * the directory year, the application version.
 */
public record RunReceipt(long executionId, Map<String, String> parameters, List<InputFileSummary> files,
                         List<IgnoredFileLine> ignoredFiles, int directoryYear, String applicationVersion,
                         LocalDateTime generatedAt) {
}
