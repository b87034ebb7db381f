package fr.copilote.scheduler.cli;

import fr.copilote.scheduler.history.FailureMessages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Parses and runs a command line; the Spring application starts only if the command needs it. */
public final class Cli {

    private Cli() {
    }

    /**
     * Settings of the application may follow the command, {@code --name=value} with a dotted name
     * ({@code --copilote.schedule.input=/srv/entrees}, {@code --spring.profiles.active=postgres}): the command's own
     * options never have a dot, so those go to Spring and the rest to the command.
     */
    public static int execute(String... args) {
        List<String> settings = new ArrayList<>();
        List<String> command = new ArrayList<>();
        for (String arg : args) {
            (isSetting(arg) ? settings : command).add(arg);
        }
        ApplicationContextHolder context = new ApplicationContextHolder(settings.toArray(String[]::new));
        StopSignals.install(context);
        return execute(context, new PrintWriter(System.out, true), new PrintWriter(System.err, true), command.toArray(String[]::new));
    }

    /** The failures an admin meets at start-up, said in French with what to do. */
    static String explained(String message) {
        if (message.contains("Database may be already in use") || message.contains("The file is locked")) {
            return "la base embarquée H2 est déjà ouverte par un autre processus Copilote (le service « serve », ou un "
                    + "traitement en cours) : attendez qu'il finisse ou arrêtez-le ; pour travailler à plusieurs processus, "
                    + "utilisez PostgreSQL (profil postgres). Détail : " + message;
        }
        return message;
    }

    static boolean isSetting(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 2 && arg.substring(2, equals).contains(".");
    }

    /** Runs with a given context holder and output (tests pass their own Spring arguments and capture the output). */
    public static int execute(ApplicationContextHolder context, PrintWriter out, PrintWriter err, String... args) {
        try (context) {
            CopiloteCommand root = new CopiloteCommand();
            root.useContext(context);
            CommandLine cmd = new CommandLine(root);
            cmd.setOut(out);
            cmd.setErr(err);
            cmd.setParameterExceptionHandler(new FrenchParameterErrors());
            cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                commandLine.getErr().println("Échec : " + explained(FailureMessages.rootMessage(ex)));
                return ExitCodes.FAILED;
            });
            return cmd.execute(args);
        }
    }
}
