package fr.copilote.importer.job;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.report.RejectReportWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes a reject report for each file of the run that had rejected rows, before publication, so that the
 * admin has it even when a reject rate above the threshold stops the run.
 */
public class RejectReportTasklet implements Tasklet {

    /** Job execution context key listing the reject reports written, one path per line. */
    public static final String REJECT_REPORTS = "copilote.rejectReports";

    private static final Logger log = LoggerFactory.getLogger(RejectReportTasklet.class);

    private final ImportRegistry registry;
    private final RejectReportWriter writer;

    public RejectReportTasklet(ImportRegistry registry, RejectReportWriter writer) {
        this.registry = registry;
        this.writer = writer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        String output = job.getJobParameters().getString(ImportJobParameters.OUTPUT_FOLDER);
        LocalDate date = job.getJobParameters().getLocalDate(ImportJobParameters.BUSINESS_DATE);
        List<String> written = new ArrayList<>();
        for (Long id : ImportPlan.of(job.getExecutionContext()).importsToLoad()) {
            ImportedFile file = registry.find(id).orElseThrow();
            if (file.rowsRejected() == 0) {
                continue;
            }
            if (output == null) {
                log.warn("{} : {} lignes rejetées ; pas de dossier de sortie pour le rapport de rejets", file.fileName(), file.rowsRejected());
                continue;
            }
            Path report = writer.write(file, date, Path.of(output));
            written.add(report.toAbsolutePath().toString());
            log.warn(String.format(Locale.FRANCE, "%s : %,d lignes rejetées sur %,d, détail dans %s", file.fileName(),
                    file.rowsRejected(), file.rowsRead(), report.toAbsolutePath()));
        }
        job.getExecutionContext().putString(REJECT_REPORTS, String.join("\n", written));
        return RepeatStatus.FINISHED;
    }
}
