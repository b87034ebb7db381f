package fr.copilote.importer.job;

import fr.copilote.importer.convention.PractitionerLoadCheckTasklet;
import fr.copilote.importer.directory.DirectoryImportTasklet;
import fr.copilote.importer.file.ExpectedInputs;
import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.report.RejectReportWriter;
import fr.copilote.importer.reference.ReferenceDataLoader;
import fr.copilote.importer.statistics.StatisticsImportTasklet;
import fr.copilote.model.activity.ActivityRecord;
import fr.copilote.model.convention.Convention;
import fr.copilote.model.objective.Objective;
import fr.copilote.model.territory.Membership;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import steps, shared by the {@code import} job and the nightly job: check the inputs, load the
 * directory and the official statistics, import the row files, publish them together.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
public class ImportStepsConfiguration {

    @Bean
    ImportRegistry importRegistry(JdbcClient jdbc) {
        return new ImportRegistry(jdbc);
    }

    @Bean
    ReferenceDataLoader referenceDataLoader(JdbcClient jdbc) {
        return new ReferenceDataLoader(jdbc);
    }

    @Bean
    RowImportStepFactory rowImportStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                              JdbcTemplate jdbc, ImportRegistry registry, ReferenceDataLoader referenceData,
                                              ImportProperties properties) {
        return new RowImportStepFactory(jobRepository, transactionManager, jdbc, registry, referenceData, properties);
    }

    @Bean
    ExpectedInputs expectedInputs(JdbcClient jdbc) {
        return new ExpectedInputs(jdbc);
    }

    @Bean
    Step checkInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         ImportRegistry registry, ExpectedInputs expected, JdbcClient jdbc) {
        return new StepBuilder("checkInputs", jobRepository)
                .tasklet(new InputCheckTasklet(registry, expected, jdbc, transactionManager), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step importDirectoryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             JdbcTemplate jdbc, ImportRegistry registry, ImportProperties properties) {
        return new StepBuilder("importDirectory", jobRepository)
                .tasklet(new DirectoryImportTasklet(jdbc, registry, properties), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step importStatisticsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              JdbcTemplate jdbc, ImportRegistry registry, ReferenceDataLoader referenceData,
                              ImportProperties properties) {
        return new StepBuilder("importStatistics", jobRepository)
                .tasklet(new StatisticsImportTasklet(jdbc, registry, referenceData, properties), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    RowImportSession<Membership> territoriesImport(RowImportStepFactory factory,
                                                   @Value("#{stepExecution}") StepExecution stepExecution) {
        return factory.session(RowImports.TERRITORIES, stepExecution);
    }

    @Bean
    @StepScope
    RowImportSession<Convention> conventionsImport(RowImportStepFactory factory,
                                                   @Value("#{stepExecution}") StepExecution stepExecution) {
        return factory.session(RowImports.CONVENTIONS, stepExecution);
    }

    @Bean
    @StepScope
    RowImportSession<ActivityRecord> activityImport(RowImportStepFactory factory,
                                                    @Value("#{stepExecution}") StepExecution stepExecution) {
        return factory.session(RowImports.ACTIVITY, stepExecution);
    }

    @Bean
    @StepScope
    RowImportSession<Objective> objectivesImport(RowImportStepFactory factory,
                                                 @Value("#{stepExecution}") StepExecution stepExecution) {
        return factory.session(RowImports.OBJECTIVES, stepExecution);
    }

    @Bean
    Step importTerritoriesStep(RowImportStepFactory factory, RowImportSession<Membership> territoriesImport) {
        return factory.step("importTerritories", territoriesImport);
    }

    @Bean
    Step importConventionsStep(RowImportStepFactory factory, RowImportSession<Convention> conventionsImport) {
        return factory.step("importConventions", conventionsImport);
    }

    @Bean
    Step checkPractitionerLoadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   JdbcClient jdbc, ImportRegistry registry) {
        return new StepBuilder("checkPractitionerLoad", jobRepository)
                .tasklet(new PractitionerLoadCheckTasklet(jdbc, registry), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step importActivityStep(RowImportStepFactory factory, RowImportSession<ActivityRecord> activityImport) {
        return factory.step("importActivity", activityImport);
    }

    /** After the territories: an objective names a territory and, for one member, a FINESS of it. */
    @Bean
    Step importObjectivesStep(RowImportStepFactory factory, RowImportSession<Objective> objectivesImport) {
        return factory.step("importObjectives", objectivesImport);
    }

    @Bean
    Step reportRejectsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           JdbcClient jdbc, ImportRegistry registry) {
        return new StepBuilder("reportRejects", jobRepository)
                .tasklet(new RejectReportTasklet(registry, new RejectReportWriter(jdbc)), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step publishImportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            JdbcClient jdbc, ImportRegistry registry, ImportProperties properties) {
        return new StepBuilder("publishImports", jobRepository)
                .tasklet(new PublishImportsTasklet(jdbc, registry, properties), transactionManager)
                .build();
    }
}
