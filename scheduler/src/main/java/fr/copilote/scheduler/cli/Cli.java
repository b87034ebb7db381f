package fr.copilote.scheduler.cli;

import picocli.CommandLine;

/** Parses and runs a command line; the Spring application starts only if the command needs it. */
public final class Cli {

    private Cli() {
    }

    public static int execute(String... args) {
        return execute(new ApplicationContextHolder(), args);
    }

    /** Runs with a given context holder (tests pass their own Spring arguments). */
    public static int execute(ApplicationContextHolder context, String... args) {
        try (context) {
            CopiloteCommand root = new CopiloteCommand();
            root.useContext(context);
            CommandLine cmd = new CommandLine(root);
            cmd.setParameterExceptionHandler(new FrenchParameterErrors());
            cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                commandLine.getErr().println("Échec : " + FailureMessages.rootMessage(ex));
                return ExitCodes.FAILED;
            });
            return cmd.execute(args);
        }
    }
}
