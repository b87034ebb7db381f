package fr.copilote.scheduler.cli;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.nightly.RunRefusedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Lance le traitement nocturne pour une date d'arrêté : import des fichiers du dossier d'entrée, "
                + "consolidation par territoire, classeurs Excel dans le dossier de sortie.",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:terminé", "1:échec (la raison est affichée)", "2:erreur d'utilisation",
                "3:date déjà traitée ou en cours"})
public class RunCommand implements Callable<Integer> {

    @ParentCommand
    CopiloteCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DOSSIER", description = "dossier des fichiers d'entrée")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "DOSSIER", description = "dossier où écrire les classeurs")
    Path output;

    @Option(names = "--date", paramLabel = "AAAA-MM-JJ", description = "date d'arrêté (par défaut : la veille)")
    LocalDate date;

    @Option(names = "--territory", split = ",", paramLabel = "CODE", description = "ne produire que ces territoires")
    List<String> territories = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate businessDate = date != null ? date : LocalDate.now().minusDays(1);
        JobExecution execution;
        try {
            execution = parent.context().bean(NightlyLauncher.class).launch(businessDate, input, output, territories);
        } catch (RunRefusedException refused) {
            err.println(refused.getMessage());
            if (refused.existing() != null) {
                summary().print(refused.existing(), out);
            }
            return ExitCodes.ALREADY_RUNNING_OR_DONE;
        }
        summary().print(execution, out);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.println("Traitement du " + businessDate.format(FrenchDates.DATE) + " terminé (exécution n° " + execution.getId() + ").");
            return ExitCodes.DONE;
        }
        err.println("Échec du traitement du " + businessDate.format(FrenchDates.DATE) + " (exécution n° " + execution.getId() + ") : "
                + FailureMessages.reason(execution));
        return ExitCodes.FAILED;
    }

    private RunSummary summary() {
        return new RunSummary(parent.context().bean(ImportRegistry.class));
    }
}
