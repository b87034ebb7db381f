package fr.copilote.scheduler.shutdown;

import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Holds the application open while a command reports on the run it launched: a SIGTERM stops the run, then waits
 * for the command to print its summary (read from the database) before the database closes.
 */
public class ShutdownGate {

    private final Phaser holders = new Phaser(1);

    /** Held until closed. */
    public AutoCloseable hold() {
        holders.register();
        return holders::arriveAndDeregister;
    }

    /** Waits until no one holds the gate, at most until the deadline ({@link System#nanoTime()}). */
    void awaitOpen(long deadline) throws InterruptedException {
        int phase = holders.arrive();
        try {
            holders.awaitAdvanceInterruptibly(phase, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // the caller logs what is still running
        }
    }
}
