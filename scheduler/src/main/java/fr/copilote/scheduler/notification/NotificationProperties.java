package fr.copilote.scheduler.notification;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code copilote.notifications.*}; the SMTP server itself is {@code spring.mail.*}.
 *
 * @param enabled    mails are sent only when true
 * @param from       the sender address
 * @param to         who receives them (the admins' list)
 * @param consoleUrl the console's address, for the link in each mail (optional)
 */
@ConfigurationProperties("copilote.notifications")
public record NotificationProperties(@DefaultValue("false") boolean enabled, @DefaultValue("copilote@localhost") String from,
                                     @DefaultValue List<String> to, String consoleUrl) {
}
