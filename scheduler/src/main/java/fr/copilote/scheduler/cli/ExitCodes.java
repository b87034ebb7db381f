package fr.copilote.scheduler.cli;

/** The exit codes of every command, documented in the README. */
public final class ExitCodes {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int ALREADY_RUNNING_OR_DONE = 3;

    private ExitCodes() {
    }
}
