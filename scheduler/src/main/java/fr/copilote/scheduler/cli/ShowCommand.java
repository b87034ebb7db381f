package fr.copilote.scheduler.cli;

import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.RecordedReject;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.history.ExecutionDetail;
import fr.copilote.scheduler.history.ExecutionHistory;
import fr.copilote.scheduler.history.ExecutionSummary;
import fr.copilote.scheduler.history.FileReport;
import fr.copilote.scheduler.history.StepSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Détaille une exécution : paramètres, étapes et leurs comptes, fichiers et rejets avec leurs motifs, "
                + "colonnes non lues, fichiers ignorés du dossier d'entrée, rapports de rejets et classeurs écrits.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:détail affiché", ExitCodes.USAGE_LINE})
public class ShowCommand extends AdminCommand {

    @Parameters(paramLabel = "EXÉCUTION", description = "numéro de l'exécution (voir « list »)")
    long executionId;

    @Override
    public Integer call() {
        Optional<ExecutionDetail> found = bean(ExecutionHistory.class).detail(executionId);
        if (found.isEmpty()) {
            err().println("Aucune exécution n° " + executionId + ".");
            return ExitCodes.USAGE;
        }
        ExecutionDetail detail = found.get();
        ExecutionSummary s = detail.summary();
        PrintWriter out = out();
        out.println("Exécution n° " + s.id() + " — traitement " + s.jobName() + " du "
                + (s.businessDate() == null ? "?" : s.businessDate().format(FrenchDates.DATE)) + " : " + s.statusLabel());
        out.println("  début : " + time(s.start()) + ", fin : " + time(s.end()) + ", durée : " + s.durationText());
        detail.parameters().forEach((name, value) -> out.println("  " + name + " : " + value));
        if (detail.failure() != null) {
            out.println("  raison de l'échec : " + detail.failure());
        }
        out.println("Étapes :");
        for (StepSummary step : detail.steps()) {
            out.println(String.format(Locale.FRANCE, "  %-42s %-16s lues %,10d  écrites %,10d  ignorées %,6d  validations %,6d  [%s]",
                    step.label(), step.statusLabel(), step.read(), step.written(), step.skipped(), step.commits(), step.name())
                    + (step.exitMessage().isBlank() ? "" : "  — " + step.exitMessage()));
        }
        if (!detail.files().isEmpty()) {
            out.println("Fichiers :");
            for (FileReport report : detail.files()) {
                ImportedFile file = report.file();
                out.println(String.format(Locale.FRANCE, "  %-22s %,9d lues = %,9d retenues + %,7d rejetées (%,d avec avertissement) — %s",
                        file.fileName(), file.rowsRead(), file.rowsAccepted(), file.rowsRejected(), file.rowsWarned(), file.status().label()));
                RunSummary.printUnread(out, report.unreadColumns());
                report.topReasons().forEach(reason -> out.println("      motif : " + reason));
                for (RecordedReject reject : report.firstRejects()) {
                    out.println("      ligne " + reject.lineNumber() + (reject.column() == null ? "" : ", colonne " + reject.column())
                            + " : " + reject.message());
                }
                if (report.firstRejects().size() < file.rowsRejected() && file.rowsRejected() > 0) {
                    out.println(String.format(Locale.FRANCE, "      … %,d autres rejets dans le rapport de rejets",
                            file.rowsRejected() - report.firstRejects().size()));
                }
            }
        }
        RunSummary.printIgnored(out, detail.ignoredFiles());
        paths(out, "Rapports de rejets :", detail.rejectReports());
        paths(out, "Classeurs :", detail.workbooks());
        return ExitCodes.DONE;
    }

    private static void paths(PrintWriter out, String heading, List<Path> paths) {
        if (!paths.isEmpty()) {
            out.println(heading);
            paths.forEach(path -> out.println("  " + path));
        }
    }

    private static String time(LocalDateTime time) {
        return time == null ? "—" : time.format(FrenchDates.DATE_TIME);
    }
}
