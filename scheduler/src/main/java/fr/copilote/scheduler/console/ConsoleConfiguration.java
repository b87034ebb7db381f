package fr.copilote.scheduler.console;

import fr.copilote.scheduler.schedule.ScheduleProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
public class ConsoleConfiguration {

    /** The console's runs write to the schedule's output folder, and it hands out files from there only. */
    @Bean
    OutputFiles outputFiles(ScheduleProperties schedule) {
        return new OutputFiles(schedule.output());
    }
}
