package fr.copilote.scheduler.cli;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.job.MissingInputPolicy;
import fr.copilote.scheduler.nightly.RunRefusedException;
import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.ExecutionControl;
import fr.copilote.scheduler.shutdown.RunningExecutions;
import fr.copilote.scheduler.shutdown.ShutdownGate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Lance le traitement nocturne pour une date d'arrêté : import des fichiers du dossier d'entrée, "
                + "consolidation par territoire, classeurs Excel dans le dossier de sortie. Une date en échec ou arrêtée "
                + "est reprise là où elle s'était arrêtée ; une date terminée ou en cours n'est jamais relancée.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE, ExitCodes.ALREADY_LINE})
public class RunCommand extends AdminCommand {

    @Option(names = "--input", required = true, paramLabel = "DOSSIER", description = "dossier des fichiers d'entrée")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "DOSSIER", description = "dossier où écrire les classeurs")
    Path output;

    @Option(names = "--date", paramLabel = "AAAA-MM-JJ", description = "date d'arrêté (par défaut : la veille)")
    LocalDate date;

    @Option(names = "--territory", split = ",", paramLabel = "CODE", description = "ne produire que ces territoires")
    List<String> territories = new ArrayList<>();

    @Option(names = "--missing-input", paramLabel = "fail|previous", defaultValue = "fail",
            converter = MissingInputPolicyConverter.class,
            description = "si un fichier attendu manque : échouer (fail, par défaut) ou continuer sur les données déjà publiées (previous)")
    MissingInputPolicy missingInput;

    @Option(names = "--accept-reduction", split = ",", paramLabel = "FICHIER",
            description = "publier ces fichiers bien qu'ils retirent une large part de ce qu'ils remplacent (fichier tronqué "
                    + "retenu sinon : voir copilote.import.max-reduction)")
    List<String> acceptedReductions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (AutoCloseable reporting = bean(ShutdownGate.class).hold()) {
            return launch();
        }
    }

    private int launch() {
        LocalDate businessDate = date != null ? date : LocalDate.now().minusDays(1);
        ImportRegistry registry = bean(ImportRegistry.class);
        JobExecution execution;
        try {
            execution = bean(ExecutionControl.class).launch(Actor.commandLine(), businessDate, input, output, territories, missingInput,
                    acceptedReductions);
        } catch (RunRefusedException refused) {
            err().println(refused.getMessage());
            if (refused.existing() != null) {
                new RunSummary(registry).print(refused.existing(), out());
            }
            return ExitCodes.ALREADY_RUNNING_OR_DONE;
        } catch (RuntimeException unrecorded) {
            Long started = bean(RunningExecutions.class).lastStarted().map(JobExecution::getId).orElse(null);
            return RunOutcome.printUnrecorded(businessDate, started, unrecorded, err());
        }
        try {
            return RunOutcome.print(execution, registry, out(), err());
        } catch (RuntimeException unreadable) {
            return RunOutcome.printUnrecorded(businessDate, execution.getId(), unreadable, err());
        }
    }
}
