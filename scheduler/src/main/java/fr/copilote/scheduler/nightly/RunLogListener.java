package fr.copilote.scheduler.nightly;

import fr.copilote.model.text.FrenchDates;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Opens and closes each run in the logs, in French, and keys every log line of the run by its execution id
 * (MDC {@code execution}) so that an admin can follow one run through the log file.
 */
public class RunLogListener implements JobExecutionListener {

    public static final String MDC_KEY = "execution";

    private static final Logger log = LoggerFactory.getLogger(RunLogListener.class);

    @Override
    public void beforeJob(JobExecution execution) {
        MDC.put(MDC_KEY, String.valueOf(execution.getId()));
        LocalDate date = execution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
        log.info("Début du traitement du {} (exécution n° {})", date == null ? "?" : date.format(FrenchDates.DATE), execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        try {
            LocalDate date = execution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
            String day = date == null ? "?" : date.format(FrenchDates.DATE);
            LocalDateTime start = execution.getStartTime();
            long seconds = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toSeconds();
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                log.info("Traitement du {} terminé en {} s (exécution n° {})", day, seconds, execution.getId());
            } else if (execution.getStatus() == BatchStatus.STOPPED) {
                log.warn("Traitement du {} arrêté à la demande après {} s (exécution n° {}) : relancez la même date pour le reprendre",
                        day, seconds, execution.getId());
            } else {
                log.error("Traitement du {} en échec après {} s (exécution n° {}, statut {})", day, seconds,
                        execution.getId(), execution.getStatus());
            }
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
