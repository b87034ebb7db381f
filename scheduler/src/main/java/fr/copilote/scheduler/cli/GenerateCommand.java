package fr.copilote.scheduler.cli;

import fr.copilote.model.generator.DataGenerator;
import fr.copilote.model.generator.GenerationSummary;
import fr.copilote.model.generator.GeneratorSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Génère un jeu de données d'entrée déterministe : le jeu d'exemple (cinq coopérations réelles) "
                + "ou un jeu national synthétique pour les mesures de performance.",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:jeu écrit", "1:échec (la raison est affichée)", "2:erreur d'utilisation"})
public class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Kind kind;

    static class Kind {
        @Option(names = "--sample", required = true,
                description = "le jeu d'exemple de samples/ (exige --real-data)")
        boolean sample;

        @Option(names = "--national", required = true, description = "un jeu national synthétique")
        boolean national;
    }

    @Option(names = "--output", required = true, paramLabel = "DOSSIER", description = "dossier où écrire les fichiers")
    Path output;

    @Option(names = "--real-data", paramLabel = "DOSSIER",
            description = "données publiques réelles (../shared/data/real) : annuaire SAE, activité SAE, coordonnées")
    Path realData;

    @Option(names = "--seed", defaultValue = "1", description = "graine (jeu national ; défaut : ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--territories", defaultValue = "135", description = "territoires (défaut : ${DEFAULT-VALUE})")
    int territories;

    @Option(names = "--establishments", defaultValue = "3000", description = "établissements (défaut : ${DEFAULT-VALUE})")
    int establishments;

    @Option(names = "--conventions", defaultValue = "10000", description = "conventions (défaut : ${DEFAULT-VALUE})")
    int conventions;

    @Option(names = "--months", defaultValue = "24", description = "mois d'activité (défaut : ${DEFAULT-VALUE})")
    int months;

    @Option(names = "--last-month", defaultValue = "2024-12", paramLabel = "AAAA-MM",
            description = "dernier mois d'activité (défaut : ${DEFAULT-VALUE})")
    YearMonth lastMonth;

    @Option(names = "--activity-rows", defaultValue = "5000000", description = "lignes d'activité visées (défaut : ${DEFAULT-VALUE})")
    long activityRows;

    @Override
    public Integer call() throws IOException {
        GeneratorSettings settings = kind.sample ? GeneratorSettings.bundledSample(realData)
                : GeneratorSettings.nationalScale(seed, territories, establishments, conventions, months, lastMonth,
                        activityRows, realData);
        GenerationSummary summary = DataGenerator.generate(settings, output);
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.FRANCE, "Jeu écrit dans %s : %,d adhésions, %,d conventions, %,d lignes d'activité, "
                        + "%,d objectifs, %,d sites dans l'annuaire, %,d lignes des bases SAE.", output.toAbsolutePath(), summary.territoryRows(),
                summary.conventionRows(), summary.activityRows(), summary.objectiveRows(), summary.directorySiteRows(),
                summary.statisticRows()));
        return ExitCodes.DONE;
    }
}
