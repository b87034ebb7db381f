package fr.copilote.scheduler.cli;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.history.FailureMessages;
import fr.copilote.scheduler.nightly.NightlyParameters;
import java.io.PrintWriter;
import java.time.LocalDate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** The end of a run as the admin reads it — the files, reports and workbooks, then one line — and its exit code. */
final class RunOutcome {

    private RunOutcome() {
    }

    static int print(JobExecution execution, ImportRegistry registry, PrintWriter out, PrintWriter err) {
        new RunSummary(registry).print(execution, out);
        LocalDate date = execution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
        String run = "traitement du " + (date == null ? "?" : date.format(FrenchDates.DATE)) + " (exécution n° " + execution.getId() + ")";
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.println(Character.toUpperCase(run.charAt(0)) + run.substring(1) + " terminé.");
            return ExitCodes.DONE;
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            err.println("Arrêt du " + run + " à la demande : relancez la même date, ou « restart " + execution.getId()
                    + " », pour le reprendre là où il s'est arrêté.");
            return ExitCodes.FAILED;
        }
        err.println("Échec du " + run + " : " + FailureMessages.reason(execution));
        return ExitCodes.FAILED;
    }
}
