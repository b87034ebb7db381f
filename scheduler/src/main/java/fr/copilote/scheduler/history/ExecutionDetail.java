package fr.copilote.scheduler.history;

import fr.copilote.importer.file.IgnoredFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One execution in full: its summary, its parameters, each step, each input file with its rejects, the files of
 * the folder it did not read, the reject reports and workbooks it wrote, and — when it failed — the French reason.
 */
public record ExecutionDetail(ExecutionSummary summary, Map<String, String> parameters, List<StepSummary> steps,
                              List<FileReport> files, List<IgnoredFile> ignoredFiles, List<Path> rejectReports,
                              List<Path> workbooks, String failure) {
}
