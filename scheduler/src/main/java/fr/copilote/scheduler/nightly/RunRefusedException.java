package fr.copilote.scheduler.nightly;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.batch.core.job.JobExecution;

/** A launch refused because the business date already ran to completion, or is running now. */
public class RunRefusedException extends RuntimeException {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter FRENCH_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private final transient JobExecution existing;

    private RunRefusedException(String message, JobExecution existing) {
        super(message);
        this.existing = existing;
    }

    static RunRefusedException alreadyDone(LocalDate date, JobExecution done) {
        String when = done != null && done.getEndTime() != null ? ", terminée le " + done.getEndTime().format(FRENCH_DATE_TIME) : "";
        return new RunRefusedException("Le traitement du " + date.format(FRENCH_DATE) + " a déjà été exécuté avec succès"
                + (done == null ? "" : " (exécution n° " + done.getId() + when + ")") + " : il n'est pas relancé.", done);
    }

    static RunRefusedException alreadyRunning(LocalDate date, JobExecution running) {
        return new RunRefusedException("Le traitement du " + date.format(FRENCH_DATE) + " est déjà en cours"
                + (running == null ? "" : " (exécution n° " + running.getId() + ")") + " : il n'est pas lancé une seconde fois.", running);
    }

    /** The execution that holds the date, when known. */
    public JobExecution existing() {
        return existing;
    }
}
