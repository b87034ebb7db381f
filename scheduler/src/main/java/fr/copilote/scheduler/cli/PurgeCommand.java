package fr.copilote.scheduler.cli;

import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.MetadataPurge;
import fr.copilote.scheduler.operations.OperationRefusedException;
import fr.copilote.scheduler.schedule.ScheduleProperties;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Efface l'historique des traitements terminés depuis plus de N jours (métadonnées Spring Batch), "
                + "les chiffres consolidés de ces jours, et les classeurs et rapports de rejets datés de plus de N jours "
                + "dans le dossier de sortie. Un traitement en cours et la dernière consolidation sont toujours gardés.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:purge faite", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE})
public class PurgeCommand extends AdminCommand {

    @Option(names = "--older-than", required = true, paramLabel = "JOURS", description = "âge minimum, en jours, de ce qui est effacé")
    int days;

    @Option(names = "--output", paramLabel = "DOSSIER",
            description = "dossier de sortie à nettoyer (par défaut : copilote.schedule.output)")
    Path output;

    @Override
    public Integer call() {
        Path folder = output != null ? output : bean(ScheduleProperties.class).output();
        MetadataPurge.Result result;
        try {
            result = bean(MetadataPurge.class).purge(Actor.commandLine(), days, folder);
        } catch (OperationRefusedException refusal) {
            return refused(refusal);
        }
        out().println("Purge de plus de " + days + " jours : " + result.jobInstances() + " date(s) de traitement effacée(s) de "
                + "l'historique, " + result.consolidationRuns() + " consolidation(s), " + result.files().size() + " fichier(s) de "
                + folder.toAbsolutePath().normalize() + ".");
        result.files().forEach(file -> out().println("  " + file.getFileName()));
        return ExitCodes.DONE;
    }
}
