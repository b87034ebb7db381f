package fr.copilote.scheduler.reporting;

import fr.copilote.model.store.ConsolidationStore;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.reports.TerritoryWorkbookWriter;
import fr.copilote.scheduler.consolidation.ConsolidateTasklet;
import fr.copilote.scheduler.nightly.NightlyParameters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes one workbook per consolidated territory, plus the one across all territories, into the output
 * folder; then removes the outputs older than the retention period. Each file appears whole or not at all,
 * and yesterday's stays until today's is complete; a restart writes them all again.
 */
public class WriteWorkbooksTasklet implements Tasklet {

    /** Job execution context key listing the workbooks written, one path per line. */
    public static final String OUTPUTS = "copilote.outputs";

    private static final Logger log = LoggerFactory.getLogger(WriteWorkbooksTasklet.class);

    private final ConsolidationStore store;
    private final DashboardAssembler assembler;
    private final OutputRetention retention;
    private final TerritoryWorkbookWriter writer = new TerritoryWorkbookWriter();

    public WriteWorkbooksTasklet(ConsolidationStore store, DashboardAssembler assembler, OutputRetention retention) {
        this.store = store;
        this.assembler = assembler;
        this.retention = retention;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        Path output = Path.of(job.getJobParameters().getString(NightlyParameters.OUTPUT_FOLDER));
        long runId = job.getExecutionContext().getLong(ConsolidateTasklet.RUN_ID);
        ConsolidationStore.Run run = store.runOf(job.getId()).filter(r -> r.id() == runId)
                .orElseThrow(() -> new IllegalStateException("Consolidation n° " + runId + " introuvable"));
        DashboardAssembler.RunDashboards dashboards = assembler.forRun(run, job);
        List<String> written = new ArrayList<>();
        for (TerritoryCode territory : dashboards.territories()) {
            Path file = writer.write(dashboards.dashboard(territory), output);
            written.add(file.toAbsolutePath().toString());
            log.info("Classeur écrit : {}", file.toAbsolutePath());
        }
        job.getExecutionContext().putString(OUTPUTS, String.join("\n", written));
        retention.purge(output, job.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE));
        return RepeatStatus.FINISHED;
    }
}
