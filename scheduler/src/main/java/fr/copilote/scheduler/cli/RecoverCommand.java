package fr.copilote.scheduler.cli;

import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.ExecutionControl;
import fr.copilote.scheduler.operations.OperationRefusedException;
import fr.copilote.scheduler.recovery.StaleExecutions;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Débloque les exécutions restées « en cours » après un arrêt brutal (coupure, kill -9) : elles sont "
                + "marquées en échec, et leur date peut être reprise.",
                "Sans numéro : celles dont le processus a disparu de cette machine (c'est aussi fait à chaque démarrage). "
                        + "Avec un numéro : celle-ci, quand vous savez que son processus ne tourne plus (autre nœud arrêté)."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:fait (y compris : rien à débloquer)", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE})
public class RecoverCommand extends AdminCommand {

    @Parameters(paramLabel = "EXÉCUTION", arity = "0..1", description = "numéro de l'exécution à débloquer")
    Long executionId;

    @Override
    public Integer call() {
        ExecutionControl control = bean(ExecutionControl.class);
        if (executionId != null) {
            try {
                control.recover(Actor.commandLine(), executionId);
            } catch (OperationRefusedException refusal) {
                return refused(refusal);
            }
            out().println("Exécution n° " + executionId + " marquée en échec : sa date peut être reprise (« restart " + executionId + " »).");
            return ExitCodes.DONE;
        }
        List<JobExecution> recovered = control.recoverDead(Actor.commandLine());
        for (JobExecution execution : recovered) {
            out().println("Exécution n° " + execution.getId() + " débloquée (son processus avait disparu) : marquée en échec.");
        }
        for (StaleExecutions.Running running : bean(StaleExecutions.class).running()) {
            out().println("Exécution n° " + running.execution().getId() + " laissée en cours : " + running.whyKept() + ".");
        }
        if (recovered.isEmpty()) {
            out().println("Aucune exécution à débloquer.");
        }
        return ExitCodes.DONE;
    }
}
