package fr.copilote.scheduler.reporting;

import fr.copilote.scheduler.nightly.NightlyJobConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The workbooks a run has written so far, kept in the {@code writeWorkbooks} step's context and committed as each one
 * is moved into place: a run stopped, killed or out of disk half-way still says which workbooks it wrote, and its
 * restart — which inherits that context — writes only the others.
 */
public final class WrittenWorkbooks {

    static final String KEY = "copilote.workbooks";

    private final ExecutionContext context;

    private WrittenWorkbooks(ExecutionContext context) {
        this.context = context;
    }

    static WrittenWorkbooks in(StepExecution step) {
        return new WrittenWorkbooks(step.getExecutionContext());
    }

    /** What the execution's last workbook step recorded, earlier attempts of the same date included; oldest first. */
    public static List<Path> of(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals(NightlyJobConfiguration.WRITE_WORKBOOKS))
                .max(Comparator.comparing(StepExecution::getId))
                .map(step -> new WrittenWorkbooks(step.getExecutionContext()).paths())
                .orElse(List.of());
    }

    List<Path> paths() {
        String listed = context.containsKey(KEY) ? context.getString(KEY) : "";
        return Arrays.stream(listed.split("\n")).filter(line -> !line.isBlank()).map(Path::of).toList();
    }

    /** Written by this date's run and still in place: nothing to write again. */
    boolean holds(Path workbook) {
        return paths().contains(workbook.toAbsolutePath()) && Files.isRegularFile(workbook);
    }

    void add(Path workbook) {
        List<Path> paths = new ArrayList<>(paths());
        paths.remove(workbook.toAbsolutePath());
        paths.add(workbook.toAbsolutePath());
        context.putString(KEY, String.join("\n", paths.stream().map(Path::toString).toList()));
    }
}
