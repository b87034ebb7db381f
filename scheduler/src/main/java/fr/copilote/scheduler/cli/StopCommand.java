package fr.copilote.scheduler.cli;

import fr.copilote.scheduler.history.ExecutionHistory;
import fr.copilote.scheduler.history.ExecutionSummary;
import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.ExecutionControl;
import fr.copilote.scheduler.operations.OperationRefusedException;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Demande l'arrêt d'une exécution en cours, qu'elle tourne ici ou sur un autre nœud : elle s'arrête "
                + "à la fin du lot en cours, avec le statut « arrêté », et peut être reprise (« restart »).",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:arrêt demandé (ou constaté, avec --wait)", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE})
public class StopCommand extends AdminCommand {

    @Parameters(paramLabel = "EXÉCUTION", description = "numéro de l'exécution (voir « list »)")
    long executionId;

    @Option(names = "--wait", paramLabel = "DURÉE", description = "attendre l'arrêt effectif, au plus cette durée (ex. : 10m)")
    Duration wait;

    @Override
    public Integer call() throws InterruptedException {
        try {
            bean(ExecutionControl.class).stop(Actor.commandLine(), executionId);
        } catch (OperationRefusedException refusal) {
            return refused(refusal);
        }
        out().println("Arrêt demandé pour l'exécution n° " + executionId + " : elle s'arrête à la fin du lot en cours ; "
                + "reprenez-la ensuite avec « restart " + executionId + " ».");
        if (wait == null) {
            return ExitCodes.DONE;
        }
        ExecutionHistory history = bean(ExecutionHistory.class);
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            ExecutionSummary now = history.summary(executionId).orElseThrow();
            if (!now.isRunning()) {
                out().println("Exécution n° " + executionId + " " + now.statusLabel() + ".");
                return ExitCodes.DONE;
            }
            Thread.sleep(1000);
        }
        err().println("L'exécution n° " + executionId + " est toujours en cours d'arrêt après " + wait.toSeconds() + " s.");
        return ExitCodes.FAILED;
    }
}
