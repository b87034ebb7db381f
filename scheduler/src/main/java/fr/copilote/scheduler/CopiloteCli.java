package fr.copilote.scheduler;

import fr.copilote.scheduler.cli.Cli;

/** Entry point of {@code copilote.jar}: the admin command line. */
public final class CopiloteCli {

    private CopiloteCli() {
    }

    public static void main(String[] args) {
        System.exit(Cli.execute(args));
    }
}
