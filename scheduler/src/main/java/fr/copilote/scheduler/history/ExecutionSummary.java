package fr.copilote.scheduler.history;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;

/**
 * One execution in the list: its business date, status, counts summed over its steps (rows read and written,
 * rows skipped by Spring Batch, rows rejected by Copilote's rules), times and exit message.
 */
public record ExecutionSummary(long id, String jobName, LocalDate businessDate, BatchStatus status, String exitCode,
                               String exitMessage, LocalDateTime start, LocalDateTime end, long read, long written,
                               long skipped, long rejected) {

    public String statusLabel() {
        return StatusLabels.of(status);
    }

    /** Until now for a run still going; empty when it never started. */
    public Duration duration() {
        if (start == null) {
            return Duration.ZERO;
        }
        return Duration.between(start, end != null ? end : LocalDateTime.now());
    }

    /** « 1 h 02 min 03 s », « 4 min 05 s », « 12 s ». */
    public String durationText() {
        long seconds = duration().toSeconds();
        if (seconds >= 3600) {
            return String.format("%d h %02d min %02d s", seconds / 3600, seconds % 3600 / 60, seconds % 60);
        }
        return seconds >= 60 ? String.format("%d min %02d s", seconds / 60, seconds % 60) : seconds + " s";
    }

    public boolean isRunning() {
        return status.isRunning();
    }

    /** A failed or stopped run can be taken up again where it stopped. */
    public boolean isRestartable() {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    /** A stopped or failed run may be given up for good. */
    public boolean isAbandonable() {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }
}
