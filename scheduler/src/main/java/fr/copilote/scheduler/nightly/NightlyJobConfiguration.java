package fr.copilote.scheduler.nightly;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.job.ImportStepsConfiguration;
import fr.copilote.model.store.ConsolidationSource;
import fr.copilote.model.store.ConsolidationStore;
import fr.copilote.model.store.DirectoryStore;
import fr.copilote.model.store.ObjectiveStore;
import fr.copilote.model.store.OfficialStatisticsStore;
import fr.copilote.scheduler.consolidation.ConsolidateTasklet;
import fr.copilote.reports.TerritoryWorkbookWriter;
import fr.copilote.scheduler.consolidation.ConsolidationProperties;
import fr.copilote.scheduler.notification.RunNotification;
import fr.copilote.scheduler.recovery.ExecutionOwnerListener;
import fr.copilote.scheduler.reporting.DashboardAssembler;
import fr.copilote.reports.TerritoryWorkbookWriter;
import fr.copilote.scheduler.reporting.OutputProperties;
import fr.copilote.scheduler.reporting.OutputRetention;
import fr.copilote.scheduler.reporting.WriteWorkbooksTasklet;
import fr.copilote.scheduler.shutdown.RunningExecutions;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code nightly} job: import the day's files, consolidate per territory, write the workbooks.
 * Identified by its business date, with no incrementer: a second launch for a date that completed is
 * refused, and a failed date is restarted where it stopped.
 */
@Configuration(proxyBeanMethods = false)
@Import(ImportStepsConfiguration.class)
@EnableConfigurationProperties({ConsolidationProperties.class, OutputProperties.class})
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightly";
    public static final String WRITE_WORKBOOKS = "writeWorkbooks";

    @Bean
    ConsolidationSource consolidationSource(DataSource dataSource) {
        return new ConsolidationSource(dataSource);
    }

    @Bean
    ConsolidationStore consolidationStore(JdbcTemplate jdbc) {
        return new ConsolidationStore(jdbc);
    }

    @Bean
    DirectoryStore directoryStore(JdbcClient jdbc) {
        return new DirectoryStore(jdbc);
    }

    @Bean
    ObjectiveStore objectiveStore(DataSource dataSource) {
        return new ObjectiveStore(dataSource);
    }

    @Bean
    OfficialStatisticsStore officialStatisticsStore(JdbcClient jdbc) {
        return new OfficialStatisticsStore(jdbc);
    }

    @Bean
    Step consolidateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         ConsolidationSource source, ConsolidationStore store, DirectoryStore directory,
                         OfficialStatisticsStore statistics, ConsolidationProperties properties) {
        return new StepBuilder("consolidate", jobRepository)
                .tasklet(new ConsolidateTasklet(source, store, directory, statistics, properties), transactionManager)
                .build();
    }

    @Bean
    DashboardAssembler dashboardAssembler(ConsolidationStore store, ConsolidationSource source, DirectoryStore directory,
                                          ImportRegistry registry, ObjectiveStore objectives, ConsolidationProperties properties) {
        return new DashboardAssembler(store, source, directory, registry, objectives, properties.pathwayUnits());
    }

    @Bean
    Step writeWorkbooksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            ConsolidationStore store, DashboardAssembler assembler, OutputProperties output,
                            ConsolidationProperties consolidation) {
        return new StepBuilder(WRITE_WORKBOOKS, jobRepository)
                .tasklet(new WriteWorkbooksTasklet(store, assembler, new OutputRetention(output.retentionDays()), jobRepository,
                        new TerritoryWorkbookWriter(consolidation.pathwayUnits(), output.coherenceThreshold())), transactionManager)
                .build();
    }

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step checkInputsStep, Step importDirectoryStep, Step importStatisticsStep,
                   Step importTerritoriesStep, Step importConventionsStep, Step checkPractitionerLoadStep, Step importActivityStep,
                   Step importObjectivesStep, Step reportRejectsStep, Step publishImportsStep, Step consolidateStep,
                   Step writeWorkbooksStep, ExecutionOwnerListener owner, RunningExecutions running,
                   ObjectProvider<RunNotification> notification) {
        JobBuilder job = new JobBuilder(JOB_NAME, jobRepository)
                .listener(new RunLogListener())
                .listener(owner)
                .listener(running);
        notification.ifAvailable(job::listener);
        return job
                .start(checkInputsStep)
                .next(importDirectoryStep)
                .next(importStatisticsStep)
                .next(importTerritoriesStep)
                .next(importConventionsStep)
                .next(checkPractitionerLoadStep)
                .next(importActivityStep)
                .next(importObjectivesStep)
                .next(reportRejectsStep)
                .next(publishImportsStep)
                .next(consolidateStep)
                .next(writeWorkbooksStep)
                .build();
    }
}
