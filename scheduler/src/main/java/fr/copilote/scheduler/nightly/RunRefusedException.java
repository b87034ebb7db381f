package fr.copilote.scheduler.nightly;

import fr.copilote.model.text.FrenchDates;
import java.time.LocalDate;
import org.springframework.batch.core.job.JobExecution;

/** A launch refused because the business date already ran to completion, or is running now. */
public class RunRefusedException extends RuntimeException {


    private final transient JobExecution existing;

    private RunRefusedException(String message, JobExecution existing) {
        super(message);
        this.existing = existing;
    }

    static RunRefusedException alreadyDone(LocalDate date, JobExecution done) {
        String when = done != null && done.getEndTime() != null ? ", terminée le " + done.getEndTime().format(FrenchDates.DATE_AT_TIME) : "";
        return new RunRefusedException("Le traitement du " + date.format(FrenchDates.DATE) + " a déjà été exécuté avec succès"
                + (done == null ? "" : " (exécution n° " + done.getId() + when + ")") + " : il n'est pas relancé.", done);
    }

    static RunRefusedException alreadyRunning(LocalDate date, JobExecution running) {
        return new RunRefusedException("Le traitement du " + date.format(FrenchDates.DATE) + " est déjà en cours"
                + (running == null ? "" : " (exécution n° " + running.getId() + ")") + " : il n'est pas lancé une seconde fois.", running);
    }

    static RunRefusedException abandoned(LocalDate date, JobExecution abandoned) {
        return new RunRefusedException("Le traitement du " + date.format(FrenchDates.DATE) + " a été abandonné (exécution n° "
                + abandoned.getId() + ") : cette date ne peut plus être relancée.", abandoned);
    }

    /** The execution that holds the date, when known. */
    public JobExecution existing() {
        return existing;
    }
}
