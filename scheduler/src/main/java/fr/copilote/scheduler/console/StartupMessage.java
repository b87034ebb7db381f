package fr.copilote.scheduler.console;

import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.schedule.ScheduleStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the admin, once the service is up, where the console is and when the next run starts. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class StartupMessage {

    private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

    private final ScheduleStatus schedule;

    public StartupMessage(ScheduleStatus schedule) {
        this.schedule = schedule;
    }

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        String port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? String.valueOf(web.getWebServer().getPort()) : "?";
        log.info("Copilote démarré : console sur le port {} ; {}", port, schedule.nextRun()
                .map(next -> "prochain traitement planifié le " + next.format(FrenchDates.DATE_AT_TIME) + " (" + schedule.properties().zone() + ")")
                .orElse("planification désactivée"));
    }
}
