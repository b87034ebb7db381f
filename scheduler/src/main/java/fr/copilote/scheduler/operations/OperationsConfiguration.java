package fr.copilote.scheduler.operations;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.model.store.ConsolidationStore;
import fr.copilote.scheduler.history.ExecutionHistory;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.recovery.StaleExecutions;
import fr.copilote.scheduler.shutdown.StopRequest;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
public class OperationsConfiguration {

    @Bean
    AuditLog auditLog(JdbcClient jdbc) {
        return new AuditLog(jdbc);
    }

    @Bean
    ExecutionHistory executionHistory(JdbcClient jdbc, JobRepository jobRepository, ImportRegistry registry) {
        return new ExecutionHistory(jdbc, jobRepository, registry);
    }

    @Bean
    ExecutionControl executionControl(NightlyLauncher launcher, JobOperator jobOperator, JobRepository jobRepository,
                                      StaleExecutions stale, StopRequest stopRequest, AuditLog audit) {
        return new ExecutionControl(launcher, jobOperator, jobRepository, stale, stopRequest, audit);
    }

    @Bean
    MetadataPurge metadataPurge(JobRepository jobRepository, ConsolidationStore consolidations, AuditLog audit) {
        return new MetadataPurge(jobRepository, consolidations, audit);
    }
}
