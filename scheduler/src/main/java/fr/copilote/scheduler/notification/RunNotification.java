package fr.copilote.scheduler.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends the mail a finished run deserves. A mail that cannot be sent is logged; it never fails the run. */
public class RunNotification implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunNotification.class);

    private final RunMails mails;
    private final JavaMailSender sender;
    private final NotificationProperties properties;

    public RunNotification(RunMails mails, JavaMailSender sender, NotificationProperties properties) {
        this.mails = mails;
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (properties.to().isEmpty()) {
            log.warn("Notifications activées sans destinataire (copilote.notifications.to) : aucun courriel envoyé");
            return;
        }
        mails.about(execution).ifPresent(mail -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.from());
            message.setTo(properties.to().toArray(String[]::new));
            message.setSubject(mail.subject());
            message.setText(mail.body());
            try {
                sender.send(message);
                log.info("Courriel envoyé à {} : {}", String.join(", ", properties.to()), mail.subject());
            } catch (MailException e) {
                log.error("Courriel non envoyé ({}) : {}", mail.subject(), e.getMessage());
            }
        });
    }
}
