package fr.copilote.scheduler.recovery;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RecoveryConfiguration {

    @Bean
    StaleExecutions staleExecutions(JobRepository jobRepository, JobOperator jobOperator) {
        return new StaleExecutions(jobRepository, jobOperator);
    }

    @Bean
    ExecutionOwnerListener executionOwnerListener(JobRepository jobRepository) {
        return new ExecutionOwnerListener(jobRepository);
    }

    @Bean
    @ConditionalOnProperty(name = "copilote.recovery.at-startup", havingValue = "true", matchIfMissing = true)
    StartupRecovery startupRecovery(StaleExecutions stale) {
        return new StartupRecovery(stale);
    }
}
