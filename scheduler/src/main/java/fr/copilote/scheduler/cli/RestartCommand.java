package fr.copilote.scheduler.cli;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.ExecutionControl;
import fr.copilote.scheduler.operations.OperationRefusedException;
import fr.copilote.scheduler.shutdown.ShutdownGate;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Reprend une exécution en échec ou arrêtée là où elle s'était arrêtée, et attend sa fin.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE, ExitCodes.ALREADY_LINE})
public class RestartCommand extends AdminCommand {

    @Parameters(paramLabel = "EXÉCUTION", description = "numéro de l'exécution (voir « list »)")
    long executionId;

    @Override
    public Integer call() throws Exception {
        try (AutoCloseable reporting = bean(ShutdownGate.class).hold()) {
            JobExecution restarted = bean(ExecutionControl.class).restart(Actor.commandLine(), executionId, false);
            return RunOutcome.print(restarted, bean(ImportRegistry.class), out(), err());
        } catch (OperationRefusedException refusal) {
            return refused(refusal);
        }
    }
}
