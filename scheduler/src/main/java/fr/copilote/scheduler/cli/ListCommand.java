package fr.copilote.scheduler.cli;

import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.history.ExecutionFilter;
import fr.copilote.scheduler.history.ExecutionHistory;
import fr.copilote.scheduler.history.ExecutionSummary;
import fr.copilote.scheduler.schedule.ScheduleStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.core.BatchStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Liste les exécutions récentes, la plus récente d'abord : numéro, traitement, date d'arrêté, statut, "
                + "lignes lues / écrites / ignorées / rejetées, durée, message de fin.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:liste affichée", ExitCodes.USAGE_LINE})
public class ListCommand extends AdminCommand {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "nombre d'exécutions (par défaut : 20)")
    int limit;

    @Option(names = "--from", paramLabel = "AAAA-MM-JJ", description = "dates d'arrêté à partir de celle-ci")
    LocalDate from;

    @Option(names = "--to", paramLabel = "AAAA-MM-JJ", description = "dates d'arrêté jusqu'à celle-ci")
    LocalDate to;

    @Option(names = "--status", paramLabel = "STATUT",
            description = "seulement ce statut : COMPLETED, FAILED, STOPPED, STARTED, ABANDONED…")
    BatchStatus status;

    @Override
    public Integer call() {
        List<ExecutionSummary> executions = bean(ExecutionHistory.class).recent(new ExecutionFilter(from, to, status, limit));
        PrintWriter out = out();
        if (executions.isEmpty()) {
            out.println("Aucune exécution.");
        } else {
            out.println(String.format("%6s  %-8s  %-10s  %-16s  %10s  %10s  %8s  %8s  %14s  %s", "N°", "Travail", "Arrêté", "Statut",
                    "Lues", "Écrites", "Ignorées", "Rejetées", "Durée", "Message"));
            for (ExecutionSummary e : executions) {
                out.println(String.format(Locale.FRANCE, "%6d  %-8s  %-10s  %-16s  %,10d  %,10d  %,8d  %,8d  %14s  %s", e.id(), e.jobName(),
                        e.businessDate() == null ? "?" : e.businessDate().format(FrenchDates.DATE), e.statusLabel(), e.read(),
                        e.written(), e.skipped(), e.rejected(), e.durationText(), abbreviated(e.exitMessage())));
            }
        }
        ScheduleStatus schedule = bean(ScheduleStatus.class);
        out.println(schedule.properties().enabled()
                ? "Planification : " + schedule.properties().cron() + " (" + schedule.properties().zone() + "), dans le service « serve »."
                : "Planification : désactivée (copilote.schedule.enabled=false).");
        return ExitCodes.DONE;
    }

    private static String abbreviated(String message) {
        if (message == null) {
            return "";
        }
        return message.length() > 100 ? message.substring(0, 99) + "…" : message;
    }
}
