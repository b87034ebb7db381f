package fr.copilote.scheduler.shutdown;

import java.time.Duration;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ShutdownConfiguration {

    @Bean
    RunningExecutions runningExecutions() {
        return new RunningExecutions();
    }

    @Bean
    StopRequest stopRequest(JobRepository jobRepository) {
        return new StopRequest(jobRepository);
    }

    @Bean
    ShutdownGate shutdownGate() {
        return new ShutdownGate();
    }

    @Bean
    GracefulStop gracefulStop(RunningExecutions executions, StopRequest stopRequest, ShutdownGate gate,
                              @Value("${copilote.shutdown.timeout:10m}") Duration timeout) {
        return new GracefulStop(executions, stopRequest, gate, timeout);
    }
}
