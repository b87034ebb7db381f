package fr.copilote.scheduler.cli;

import fr.copilote.scheduler.shutdown.GracefulStop;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import sun.misc.Signal;

/**
 * SIGTERM ({@code systemctl stop}, {@code kill}) and SIGINT (Ctrl-C) on the command line, so that every command ends
 * with its documented exit code rather than the JVM's 143 or 130. A run in progress is asked to stop at its next clean
 * point; the command's own thread then sees it end STOPPED, prints its summary and exits with 1 — the date is
 * resumed by launching it again. The service ({@code serve}) stops as a service: its runs stop cleanly, then it exits
 * with 0. A command with no run in progress exits with 1 at once. A second signal, or a run that does not reach a
 * clean point within {@code copilote.shutdown.timeout}, ends the process at once; the execution left running is then
 * recovered at the next start, as after a crash.
 *
 * <p>{@code sun.misc.Signal} (module {@code jdk.unsupported}) is the JDK's only way to handle a signal without starting
 * the JVM's shutdown, whose exit code cannot be chosen any more.
 */
final class StopSignals {

    private static final Logger log = LoggerFactory.getLogger(StopSignals.class);

    private final ApplicationContextHolder context;
    private final AtomicInteger received = new AtomicInteger();

    private StopSignals(ApplicationContextHolder context) {
        this.context = context;
    }

    static void install(ApplicationContextHolder context) {
        StopSignals signals = new StopSignals(context);
        for (String name : List.of("TERM", "INT")) {
            Signal.handle(new Signal(name), signals::received);
        }
    }

    private void received(Signal signal) {
        if (received.incrementAndGet() > 1) {
            log.error("Second signal d'arrêt (SIG{}) : arrêt immédiat ; l'exécution en cours sera reprise au prochain lancement de sa date",
                    signal.getName());
            Runtime.getRuntime().halt(ExitCodes.FAILED);
        }
        if (context.isServing()) {
            log.warn("Signal d'arrêt (SIG{}) : le service s'arrête, après avoir arrêté proprement les traitements en cours", signal.getName());
            exitInBackground(ExitCodes.DONE);
            return;
        }
        List<JobExecution> stopping = context.startedBean(GracefulStop.class).map(GracefulStop::requestStop).orElse(List.of());
        if (stopping.isEmpty()) {
            log.warn("Signal d'arrêt (SIG{}) : la commande est interrompue", signal.getName());
            exitInBackground(ExitCodes.FAILED);
            return;
        }
        Duration timeout = context.startedBean(GracefulStop.class).map(GracefulStop::timeout).orElse(Duration.ZERO);
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(timeout.toMillis());
                log.error("Exécution n° {} toujours en cours {} s après le signal d'arrêt : arrêt immédiat ; elle sera reprise au "
                        + "prochain lancement de sa date", stopping.get(0).getId(), timeout.toSeconds());
                Runtime.getRuntime().halt(ExitCodes.FAILED);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "copilote-arret");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Not from the signal's own thread, which the JVM's shutdown would otherwise wait for. */
    private static void exitInBackground(int code) {
        Thread exit = new Thread(() -> System.exit(code), "copilote-sortie");
        exit.start();
    }
}
