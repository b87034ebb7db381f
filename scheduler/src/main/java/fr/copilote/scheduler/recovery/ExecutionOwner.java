package fr.copilote.scheduler.recovery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The process that runs an execution: host name, process id and the process's start time (process ids are
 * reused, a start time is not). Kept in the job execution context so that any node can tell, later, whether
 * an execution still marked STARTED has lost its process.
 */
public record ExecutionOwner(String host, long pid, Instant processStart) {

    static final String HOST = "copilote.owner.host";
    static final String PID = "copilote.owner.pid";
    static final String PROCESS_START = "copilote.owner.process-start";

    /** This JVM. */
    public static ExecutionOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new ExecutionOwner(localHost(), self.pid(), self.info().startInstant().orElse(Instant.EPOCH));
    }

    public static Optional<ExecutionOwner> of(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        if (!context.containsKey(HOST) || !context.containsKey(PID)) {
            return Optional.empty();
        }
        return Optional.of(new ExecutionOwner(context.getString(HOST), context.getLong(PID),
                Instant.ofEpochMilli(context.getLong(PROCESS_START, 0L))));
    }

    void writeTo(ExecutionContext context) {
        context.putString(HOST, host);
        context.putLong(PID, pid);
        context.putLong(PROCESS_START, processStart.toEpochMilli());
    }

    /** True when this owner is a process of this host that no longer runs. */
    public boolean isDeadProcessOfThisHost() {
        if (!host.equals(localHost())) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        // Same pid, but a process started later: the id was reused, ours is gone.
        Optional<Instant> started = process.get().info().startInstant();
        return started.isPresent() && Math.abs(started.get().toEpochMilli() - processStart.toEpochMilli()) > 1000;
    }

    public boolean isThisHost() {
        return host.equals(localHost());
    }

    @Override
    public String toString() {
        return host + " (processus " + pid + ")";
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
