package fr.copilote.scheduler.history;

import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;

/** One step of an execution, with Spring Batch's counts. */
public record StepSummary(String name, BatchStatus status, long read, long written, long skipped, long commits,
                          long rollbacks, LocalDateTime start, LocalDateTime end, String exitMessage) {

    public String label() {
        return StepLabels.of(name);
    }

    public String statusLabel() {
        return StatusLabels.feminine(status);
    }
}
