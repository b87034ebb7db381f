package fr.copilote.scheduler.shutdown;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.SmartLifecycle;

/**
 * On SIGTERM (or any orderly shutdown), before the database and the rest close: asks each run of this JVM to
 * stop, then waits for it to reach a clean point — the end of the current chunk, or of the current tasklet —
 * and end as STOPPED. Launching the same date again then restarts it where it stopped.
 */
public class GracefulStop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final RunningExecutions executions;
    private final StopRequest stopRequest;
    private final ShutdownGate gate;
    private final Duration timeout;
    private volatile boolean running;

    public GracefulStop(RunningExecutions executions, StopRequest stopRequest, ShutdownGate gate, Duration timeout) {
        this.executions = executions;
        this.stopRequest = stopRequest;
        this.gate = gate;
        this.timeout = timeout;
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Asks each run of this JVM to stop at its next clean point, without waiting; returns those asked. A signal
     * handler calls it so that a command's own thread sees its run end STOPPED and exits with its documented code.
     */
    public List<JobExecution> requestStop() {
        List<JobExecution> now = executions.now();
        for (JobExecution execution : now) {
            log.warn("Arrêt demandé pendant l'exécution n° {} : elle s'arrête à la fin du lot en cours", execution.getId());
            if (!stopRequest.send(execution.getId())) {
                log.info("Exécution n° {} déjà en cours d'arrêt", execution.getId());
            }
        }
        return now;
    }

    /** How long a run may take to reach its next clean point once asked to stop. */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public void stop() {
        try {
            List<JobExecution> now = requestStop();
            long deadline = System.nanoTime() + timeout.toNanos();
            List<JobExecution> left = executions.awaitEnd(timeout);
            // The job's listeners hear of its end before the job repository records it: wait for the record too,
            // or the data source would close under that last update.
            for (JobExecution execution : now) {
                while (!left.contains(execution) && !stopRequest.isOver(execution.getId()) && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            }
            for (JobExecution execution : now) {
                if (!left.contains(execution)) {
                    log.warn("Exécution n° {} arrêtée proprement (statut {}) : relancez la même date pour la reprendre",
                            execution.getId(), execution.getStatus());
                }
            }
            gate.awaitOpen(deadline);
            for (JobExecution execution : left) {
                log.error("Exécution n° {} toujours en cours après {} s : l'application s'arrête sans elle ; "
                        + "elle sera marquée en échec au prochain démarrage", execution.getId(), timeout.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first, before the web server, the scheduler and the data source. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
