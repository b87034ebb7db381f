package fr.copilote.scheduler.cli;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.database.DatabaseUnreachableException;
import fr.copilote.scheduler.history.FailureMessages;
import fr.copilote.scheduler.nightly.NightlyParameters;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The end of a run as the admin reads it — the files, reports and workbooks, then one line, dated, naming the date
 * and the execution, saying what happened and what to do — and its exit code.
 */
final class RunOutcome {

    private RunOutcome() {
    }

    static int print(JobExecution execution, ImportRegistry registry, PrintWriter out, PrintWriter err) {
        new RunSummary(registry).print(execution, out);
        String run = run(execution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE), execution.getId());
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.println(Character.toUpperCase(run.charAt(0)) + run.substring(1) + " terminé.");
            return ExitCodes.DONE;
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            err.println("Arrêt du " + run + " à la demande, " + now() + " : relancez la même date, ou « restart " + execution.getId()
                    + " », pour le reprendre là où il s'est arrêté.");
            return ExitCodes.FAILED;
        }
        err.println("Échec du " + run + ", " + now() + " : " + FailureMessages.reason(execution)
                + execution.getAllFailureExceptions().stream().findFirst().map(failure -> advice(failure, execution.getId())).orElse(""));
        return ExitCodes.FAILED;
    }

    /**
     * A run that could not even record its end — its database lost, typically: said with the execution this process
     * started, which the job repository still calls running, and how it will be resumed.
     */
    static int printUnrecorded(LocalDate businessDate, Long executionId, RuntimeException failure, PrintWriter err) {
        err.println("Échec du " + run(businessDate, executionId) + ", " + now() + " : " + FailureMessages.rootMessage(failure)
                + advice(failure, executionId));
        return ExitCodes.FAILED;
    }

    /** What to do when the database was lost: wait for it, then the same command resumes the date. */
    private static String advice(Throwable failure, Long executionId) {
        if (FailureMessages.causes(failure).noneMatch(DatabaseUnreachableException.class::isInstance)) {
            return "";
        }
        return executionId == null ? ". Quand elle répondra, relancez la même commande."
                : ". Quand elle répondra, relancez la même commande : l'exécution n° " + executionId
                        + ", si elle est restée « en cours » dans la base, sera marquée en échec puis reprise là où elle s'est arrêtée.";
    }

    private static String run(LocalDate date, Long executionId) {
        return "traitement du " + (date == null ? "?" : date.format(FrenchDates.DATE))
                + (executionId == null ? "" : " (exécution n° " + executionId + ")");
    }

    private static String now() {
        return "le " + LocalDateTime.now().format(FrenchDates.DATE_AT_TIME);
    }
}
