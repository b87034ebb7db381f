package fr.copilote.importer.job;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.reference.ReferenceDataLoader;
import fr.copilote.importer.row.RowImport;
import fr.copilote.importer.row.ValidatedRow;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the chunk step that imports one row file, and the step-scoped session (reader and writer) each of
 * its executions runs with, from the job's {@link ImportPlan}.
 */
public class RowImportStepFactory {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final JdbcTemplate jdbc;
    private final ImportRegistry registry;
    private final ReferenceDataLoader referenceData;
    private final ImportProperties properties;

    public RowImportStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                                ImportRegistry registry, ReferenceDataLoader referenceData, ImportProperties properties) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.jdbc = jdbc;
        this.registry = registry;
        this.referenceData = referenceData;
        this.properties = properties;
    }

    /** @param session a step-scoped proxy of {@link #session} */
    public <T> Step step(String name, RowImportSession<T> session) {
        return new StepBuilder(name, jobRepository)
                .<ValidatedRow<T>, ValidatedRow<T>>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(session)
                .writer(session)
                // Re-run on every restart: the registry, not the step, knows how far the file was loaded.
                .allowStartIfComplete(true)
                .build();
    }

    public <T> RowImportSession<T> session(RowImport<T> definition, StepExecution stepExecution) {
        JobExecution job = stepExecution.getJobExecution();
        ImportPlan plan = ImportPlan.of(job.getExecutionContext());
        Optional<ImportedFile> target = plan.importToLoad(definition.kind()).flatMap(registry::find)
                .filter(file -> file.status() == ImportStatus.LOADING);
        if (target.isEmpty()) {
            return RowImportSession.nothingToImport();
        }
        ReferenceData reference = referenceData.load(plan.importsToLoad());
        CsvImportReader<T> reader = new CsvImportReader<>(definition, target.get(), plan.file(definition.kind()).orElseThrow(),
                reference, new ImportProgress(properties.progressInterval()));
        CsvImportWriter<T> writer = new CsvImportWriter<>(jdbc, registry, definition.table().apply(reference), target.get().id());
        return new RowImportSession<>(reader, writer);
    }
}
