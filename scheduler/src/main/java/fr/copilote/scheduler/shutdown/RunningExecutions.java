package fr.copilote.scheduler.shutdown;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** The executions running in this JVM, and a way to wait for them to end. */
public class RunningExecutions implements JobExecutionListener {

    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private volatile JobExecution lastStarted;

    private record Running(JobExecution execution, CountDownLatch ended) {
    }

    @Override
    public void beforeJob(JobExecution execution) {
        lastStarted = execution;
        running.put(execution.getId(), new Running(execution, new CountDownLatch(1)));
    }

    @Override
    public void afterJob(JobExecution execution) {
        Running ended = running.remove(execution.getId());
        if (ended != null) {
            ended.ended().countDown();
        }
    }

    /** The execution this JVM started last, even if it could not record its end. */
    public Optional<JobExecution> lastStarted() {
        return Optional.ofNullable(lastStarted);
    }

    public List<JobExecution> now() {
        return running.values().stream().map(Running::execution).toList();
    }

    /** Waits until every execution running now has ended, or the time is up; returns those still running. */
    public List<JobExecution> awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Running r : List.copyOf(running.values())) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !r.ended().await(left, TimeUnit.NANOSECONDS)) {
                break;
            }
        }
        return now();
    }
}
