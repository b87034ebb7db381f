package fr.copilote.scheduler.cli;

import fr.copilote.scheduler.history.FailureMessages;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Parses and runs a command line; the Spring application starts only if the command needs it. */
public final class Cli {

    private Cli() {
    }

    public static int execute(String... args) {
        return execute(new ApplicationContextHolder(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
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
                commandLine.getErr().println("Échec : " + FailureMessages.rootMessage(ex));
                return ExitCodes.FAILED;
            });
            return cmd.execute(args);
        }
    }
}
