package fr.copilote.scheduler.cli;

import fr.copilote.scheduler.operations.OperationRefusedException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that works on the application: its output streams, its beans (started on first use), its refusals. */
abstract class AdminCommand implements Callable<Integer> {

    @ParentCommand
    CopiloteCommand parent;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    <T> T bean(Class<T> type) {
        return parent.context().bean(type);
    }

    /** Prints a refusal and returns its exit code. */
    int refused(OperationRefusedException refusal) {
        err().println(refusal.getMessage());
        return switch (refusal.reason()) {
            case UNKNOWN_EXECUTION -> ExitCodes.USAGE;
            case ALREADY_RUNNING_OR_DONE -> ExitCodes.ALREADY_RUNNING_OR_DONE;
            case NOT_ALLOWED -> ExitCodes.FAILED;
        };
    }
}
