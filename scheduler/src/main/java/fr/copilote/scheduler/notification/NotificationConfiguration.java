package fr.copilote.scheduler.notification;

import fr.copilote.importer.file.ImportRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationConfiguration {

    @Bean
    @ConditionalOnProperty(name = "copilote.notifications.enabled", havingValue = "true")
    RunNotification runNotification(ImportRegistry registry, JavaMailSender sender, NotificationProperties properties,
                                    @Value("${logging.file.name:copilote.log}") String logFile) {
        return new RunNotification(new RunMails(registry, properties.consoleUrl(), logFile), sender, properties);
    }
}
