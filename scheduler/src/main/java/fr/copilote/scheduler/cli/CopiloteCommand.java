package fr.copilote.scheduler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "copilote", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Copilote : pilotage médico-économique partagé des territoires hospitaliers.",
        subcommands = {RunCommand.class, RestartCommand.class, StopCommand.class, AbandonCommand.class, RecoverCommand.class,
                ListCommand.class, ShowCommand.class, PurgeCommand.class, ServeCommand.class, HashPasswordCommand.class,
                GenerateCommand.class},
        resourceBundle = "fr.copilote.scheduler.cli.messages")
public class CopiloteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private ApplicationContextHolder context;

    void useContext(ApplicationContextHolder holder) {
        this.context = holder;
    }

    ApplicationContextHolder context() {
        return context;
    }

    /** Without a command, say which ones exist. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Erreur d'utilisation : indiquez une commande.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
