package fr.copilote.scheduler.cli;

import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Démarre le service : la planification du traitement nocturne (copilote.schedule.*) et la console web "
                + "(server.port, 8080 par défaut), jusqu'à l'arrêt du processus.",
                "Un SIGTERM pendant un traitement l'arrête proprement, au statut « arrêté », pour qu'il puisse être repris."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:service arrêté normalement", ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE})
public class ServeCommand extends AdminCommand {

    @Override
    public Integer call() throws InterruptedException {
        parent.context().serveUntilStopped();
        return ExitCodes.DONE;
    }
}
