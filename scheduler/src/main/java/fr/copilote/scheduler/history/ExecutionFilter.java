package fr.copilote.scheduler.history;

import java.time.LocalDate;
import org.springframework.batch.core.BatchStatus;

/**
 * Which executions to list: business dates from and to (inclusive, either may be open), one status or all,
 * the most recent first, at most {@code limit}.
 */
public record ExecutionFilter(LocalDate from, LocalDate to, BatchStatus status, int limit) {

    public static ExecutionFilter recent(int limit) {
        return new ExecutionFilter(null, null, null, limit);
    }
}
