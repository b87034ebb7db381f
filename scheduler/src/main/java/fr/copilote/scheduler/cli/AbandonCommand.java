package fr.copilote.scheduler.cli;

import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.ExecutionControl;
import fr.copilote.scheduler.operations.OperationRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "abandon", mixinStandardHelpOptions = true,
        description = "Abandonne définitivement une exécution arrêtée ou en échec : sa date ne sera plus reprise.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:abandonnée", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE, "3:exécution en cours (arrêtez-la d'abord)"})
public class AbandonCommand extends AdminCommand {

    @Parameters(paramLabel = "EXÉCUTION", description = "numéro de l'exécution (voir « list »)")
    long executionId;

    @Override
    public Integer call() {
        try {
            bean(ExecutionControl.class).abandon(Actor.commandLine(), executionId);
        } catch (OperationRefusedException refusal) {
            return refused(refusal);
        }
        out().println("Exécution n° " + executionId + " abandonnée : sa date ne sera plus reprise.");
        return ExitCodes.DONE;
    }
}
