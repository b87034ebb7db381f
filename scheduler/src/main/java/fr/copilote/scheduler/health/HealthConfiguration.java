package fr.copilote.scheduler.health;

import fr.copilote.scheduler.history.ExecutionHistory;
import fr.copilote.scheduler.schedule.ScheduleProperties;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
public class HealthConfiguration {

    /** Bean names give the health components their names: {@code outputFolder}, {@code lastNightlyRun}. */
    @Bean
    OutputFolderHealthIndicator outputFolder(ScheduleProperties schedule,
                                             @Value("${copilote.health.minimum-free-space:1GB}") DataSize minimumFree) {
        return new OutputFolderHealthIndicator(schedule.output(), minimumFree);
    }

    @Bean
    LastNightlyRunHealthIndicator lastNightlyRun(ExecutionHistory history,
                                                 @Value("${copilote.health.maximum-age-of-last-success:36h}") Duration maximumAge) {
        return new LastNightlyRunHealthIndicator(history, maximumAge);
    }
}
