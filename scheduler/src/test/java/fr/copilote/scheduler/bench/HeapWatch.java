package fr.copilote.scheduler.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap every few milliseconds while a phase runs, to report its peak. */
final class HeapWatch implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    HeapWatch() {
        System.gc();
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakMegabytes() {
        return peak / (1024 * 1024);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
