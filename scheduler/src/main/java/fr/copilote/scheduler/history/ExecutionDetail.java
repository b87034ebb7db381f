package fr.copilote.scheduler.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One execution in full: its summary, its parameters, each step, each input file with its rejects, the
 * reject reports and workbooks it wrote, and — when it failed — the French reason.
 */
public record ExecutionDetail(ExecutionSummary summary, Map<String, String> parameters, List<StepSummary> steps,
                              List<FileReport> files, List<Path> rejectReports, List<Path> workbooks, String failure) {
}
