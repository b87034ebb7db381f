package fr.copilote.scheduler.schedule;

import fr.copilote.importer.file.ExpectedInputs;
import fr.copilote.scheduler.operations.ExecutionControl;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
public class ScheduleConfiguration {

    /** On in {@code serve}; one-off commands run with {@code copilote.schedule.active=false}. */
    static final String ACTIVE = "copilote.schedule.active";

    @Bean
    ScheduleStatus scheduleStatus(ScheduleProperties properties,
                                  @Value("${" + ACTIVE + ":false}") boolean active) {
        return new ScheduleStatus(properties, active);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = {ACTIVE, "copilote.schedule.enabled"}, havingValue = "true")
    @EnableScheduling
    static class Active {

        @Bean
        NightlySchedule nightlySchedule(ScheduleProperties properties, ScheduleStatus status, ExecutionControl control,
                                        ExpectedInputs expected, JobRepository jobRepository) {
            return new NightlySchedule(properties, status, control, expected, jobRepository, duration -> Thread.sleep(duration.toMillis()));
        }
    }
}
