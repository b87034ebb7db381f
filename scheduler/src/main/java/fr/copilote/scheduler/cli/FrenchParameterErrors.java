package fr.copilote.scheduler.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Usage errors in French, followed by the command's help, ending with exit code 2. */
final class FrenchParameterErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("Erreur d'utilisation : " + describe(ex));
        err.println();
        cmd.usage(err);
        return ExitCodes.USAGE;
    }

    private static String describe(ParameterException ex) {
        if (ex instanceof MissingParameterException missing) {
            return "paramètre obligatoire absent : " + missing.getMissing().stream()
                    .map(arg -> arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel())
                    .reduce((a, b) -> a + ", " + b).orElse("?");
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return "argument inconnu : " + String.join(" ", unmatched.getUnmatched());
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            String name = ex.getArgSpec().isOption() ? ((CommandLine.Model.OptionSpec) ex.getArgSpec()).longestName()
                    : ex.getArgSpec().paramLabel();
            return "valeur invalide pour " + name + " : « " + ex.getValue() + " »";
        }
        return ex.getMessage();
    }
}
