package fr.copilote.scheduler.recovery;

import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.nightly.NightlyParameters;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * At start-up, before any run: the executions a crash of this host left STARTED are marked failed, so that the
 * next launch of their date restarts them where they stopped; those that may still run elsewhere are named in
 * the log, untouched.
 */
public class StartupRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupRecovery.class);

    private final StaleExecutions stale;

    public StartupRecovery(StaleExecutions stale) {
        this.stale = stale;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (StaleExecutions.Running running : stale.running()) {
            JobExecution execution = running.execution();
            if (running.processIsGone()) {
                String why = StaleExecutions.interruption(running);
                stale.recover(execution, why);
                log.warn("Exécution n° {} (traitement du {}) {} : marquée en échec, elle reprendra où elle s'était arrêtée au "
                        + "prochain lancement de cette date", execution.getId(), day(execution), why);
            } else {
                log.info("Exécution n° {} (traitement du {}) en cours : {}", execution.getId(), day(execution), running.whyKept());
            }
        }
    }

    static String day(JobExecution execution) {
        LocalDate date = execution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
        return date == null ? "?" : date.format(FrenchDates.DATE);
    }
}
