package fr.copilote.scheduler.reporting;

import fr.copilote.model.store.ConsolidationStore;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.reports.TerritoryWorkbookWriter;
import fr.copilote.scheduler.nightly.NightlyParameters;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes one workbook per consolidated territory, plus the one across all territories, into the output folder; then
 * removes the outputs older than the retention period. One workbook per call, each call its own transaction: each
 * workbook written is recorded at once ({@link WrittenWorkbooks}), a stop request is heard between two workbooks, and a
 * restart writes only those not yet in place. Each file appears whole or not at all, and yesterday's stays until
 * today's is complete.
 */
public class WriteWorkbooksTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteWorkbooksTasklet.class);

    private final ConsolidationStore store;
    private final DashboardAssembler assembler;
    private final OutputRetention retention;
    private final JobRepository jobRepository;
    private final TerritoryWorkbookWriter writer;

    /** What the workbooks of the step now running share, gathered at its first call. */
    private volatile Current current;

    private record Current(long stepExecutionId, DashboardAssembler.RunDashboards dashboards) {
    }

    public WriteWorkbooksTasklet(ConsolidationStore store, DashboardAssembler assembler, OutputRetention retention,
                                 JobRepository jobRepository, TerritoryWorkbookWriter writer) {
        this.store = store;
        this.writer = writer;
        this.assembler = assembler;
        this.retention = retention;
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobExecution job = step.getJobExecution();
        Path output = Path.of(job.getJobParameters().getString(NightlyParameters.OUTPUT_FOLDER));
        LocalDate businessDate = job.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
        DashboardAssembler.RunDashboards dashboards = dashboards(step);
        WrittenWorkbooks written = WrittenWorkbooks.in(step);
        Optional<TerritoryCode> next = dashboards.territories().stream()
                .filter(territory -> !written.holds(output.resolve(TerritoryWorkbookWriter.fileName(territory, businessDate))))
                .findFirst();
        if (next.isPresent()) {
            Path file = writer.write(dashboards.dashboard(next.get()), output);
            written.add(file);
            contribution.incrementWriteCount(1);
            log.info("Classeur écrit : {}", file.toAbsolutePath());
            return RepeatStatus.CONTINUABLE;
        }
        current = null;
        retention.purge(output, businessDate);
        return RepeatStatus.FINISHED;
    }

    private DashboardAssembler.RunDashboards dashboards(StepExecution step) {
        Current now = current;
        if (now == null || now.stepExecutionId() != step.getId()) {
            now = new Current(step.getId(), assembler.forRun(consolidation(step.getJobExecution()), step.getJobExecution()));
            current = now;
        }
        return now.dashboards();
    }

    /**
     * The figures this date's run consolidated — by this execution, or by an earlier attempt of the same date whose
     * consolidation completed before it stopped: a restart does not consolidate again.
     */
    private ConsolidationStore.Run consolidation(JobExecution job) {
        List<Long> attempts = jobRepository.getJobExecutions(job.getJobInstance()).stream().map(JobExecution::getId).toList();
        return store.latestRunOf(attempts).orElseThrow(() -> new IllegalStateException(
                "Aucune consolidation enregistrée pour le traitement du "
                        + job.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE).format(FrenchDates.DATE)
                        + " (exécution n° " + job.getId() + ") : l'étape de consolidation n'a pas abouti"));
    }
}
