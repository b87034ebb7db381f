package fr.copilote.scheduler.notification;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.MissingInputException;
import fr.copilote.importer.job.ImportPlan;
import fr.copilote.importer.job.InputCheckTasklet;
import fr.copilote.importer.job.RejectReportTasklet;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.history.FailureMessages;
import fr.copilote.scheduler.nightly.NightlyParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Writes the mail a finished run deserves, if any: a failure (a missing file named as such), a success with
 * rejected rows, or a success on the previous data because a file was missing. Each names the run, says what
 * happened and where to look.
 */
public class RunMails {

    private final ImportRegistry registry;
    private final String consoleUrl;
    private final String logFile;

    public RunMails(ImportRegistry registry, String consoleUrl, String logFile) {
        this.registry = registry;
        this.consoleUrl = consoleUrl;
        this.logFile = logFile;
    }

    public Optional<RunMail> about(JobExecution execution) {
        String run = "traitement du " + day(execution) + " (exécution n° " + execution.getId() + ")";
        ExecutionContext context = execution.getExecutionContext();
        List<ImportedFile> files = ImportPlan.of(context).registeredImports().stream()
                .map(registry::find).flatMap(Optional::stream).toList();
        if (execution.getStatus() == BatchStatus.FAILED) {
            boolean missing = execution.getAllFailureExceptions().stream().anyMatch(MissingInputException.class::isInstance);
            String subject = missing ? "[Copilote] Fichier attendu absent : " + run + " en échec" : "[Copilote] Échec du " + run;
            return Optional.of(new RunMail(subject, body(execution, "Le " + run + " a échoué.\n\nRaison : "
                    + FailureMessages.reason(execution) + "\n\n" + (missing
                    ? "Déposez le fichier manquant dans le dossier d'entrée puis relancez la même date : le traitement "
                    + "reprendra là où il s'est arrêté.\n" : "Corrigez la cause puis relancez la même date : le traitement "
                    + "reprendra là où il s'est arrêté.\n"), files)));
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        String subject = null;
        if (context.containsKey(InputCheckTasklet.MISSING_INPUTS)) {
            subject = "[Copilote] Fichier attendu absent : " + run + " fait sur les données précédentes";
            text.append("Le ").append(run).append(" s'est terminé, mais sans ").append(context.getString(InputCheckTasklet.MISSING_INPUTS))
                    .append(", absent(s) du dossier d'entrée : les chiffres reprennent pour ce(s) fichier(s) les données déjà "
                            + "publiées. Déposez-le(s) et relancez une date pour les mettre à jour.\n\n");
        }
        long rejected = files.stream().mapToLong(ImportedFile::rowsRejected).sum();
        if (rejected > 0) {
            if (subject == null) {
                subject = String.format(Locale.FRANCE, "[Copilote] %s terminé avec %,d ligne%s rejetée%s", capitalised(run), rejected,
                        rejected > 1 ? "s" : "", rejected > 1 ? "s" : "");
                text.append("Le ").append(run).append(" s'est terminé ; des lignes ont été rejetées et ne sont pas dans les chiffres.\n\n");
            }
        }
        if (subject == null) {
            return Optional.empty();
        }
        return Optional.of(new RunMail(subject, body(execution, text.toString(), files)));
    }

    private String body(JobExecution execution, String opening, List<ImportedFile> files) {
        StringBuilder text = new StringBuilder(opening);
        if (!files.isEmpty()) {
            text.append("\nFichiers :\n");
            for (ImportedFile file : files) {
                text.append(String.format(Locale.FRANCE, "  %s : %,d lues = %,d retenues + %,d rejetées — %s%n", file.fileName(),
                        file.rowsRead(), file.rowsAccepted(), file.rowsRejected(), file.status().label()));
                if (file.rowsRejected() > 0) {
                    registry.topRejectRules(file.id(), 3).forEach(reason -> text.append("      ").append(reason).append('\n'));
                }
            }
        }
        ExecutionContext context = execution.getExecutionContext();
        if (context.containsKey(RejectReportTasklet.REJECT_REPORTS)) {
            text.append("\nRapports de rejets (ligne, colonne, motif de chaque rejet) :\n");
            for (String report : context.getString(RejectReportTasklet.REJECT_REPORTS).split("\n")) {
                text.append("  ").append(report).append('\n');
            }
        }
        text.append("\nOù regarder :\n");
        if (consoleUrl != null && !consoleUrl.isBlank()) {
            text.append("  la console : ").append(consoleUrl.replaceAll("/$", "")).append("/executions/").append(execution.getId()).append('\n');
        }
        text.append("  en ligne de commande : java -jar copilote.jar show ").append(execution.getId()).append('\n');
        text.append("  le journal : ").append(logFile).append(" (lignes marquées « exécution ").append(execution.getId()).append(" »)\n");
        return text.toString();
    }

    private static String day(JobExecution execution) {
        LocalDate date = execution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
        return date == null ? "?" : date.format(FrenchDates.DATE);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
