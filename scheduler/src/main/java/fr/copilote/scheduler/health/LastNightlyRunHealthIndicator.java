package fr.copilote.scheduler.health;

import fr.copilote.scheduler.history.ExecutionFilter;
import fr.copilote.scheduler.history.ExecutionHistory;
import fr.copilote.scheduler.history.ExecutionSummary;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The last nightly run: its status, business date and age. Down when it failed or when no run has completed for
 * longer than {@code maximumAge} (the schedule did not fire, or every run since failed); unknown before any run.
 */
public class LastNightlyRunHealthIndicator implements HealthIndicator {

    private final ExecutionHistory history;
    private final Duration maximumAge;

    public LastNightlyRunHealthIndicator(ExecutionHistory history, Duration maximumAge) {
        this.history = history;
        this.maximumAge = maximumAge;
    }

    @Override
    public Health health() {
        List<ExecutionSummary> recent = history.recent(ExecutionFilter.recent(1));
        if (recent.isEmpty()) {
            return Health.unknown().withDetail("message", "aucun traitement encore").build();
        }
        ExecutionSummary last = recent.get(0);
        Health.Builder health = Health.up().withDetail("execution", last.id())
                .withDetail("dateArrete", String.valueOf(last.businessDate()))
                .withDetail("statut", last.statusLabel());
        LocalDateTime reference = last.end() != null ? last.end() : last.start();
        if (reference != null) {
            Duration age = Duration.between(reference, LocalDateTime.now());
            health.withDetail("ageHeures", age.toHours());
        }
        if (last.status() == BatchStatus.FAILED || last.status() == BatchStatus.ABANDONED) {
            return health.down().withDetail("message", "le dernier traitement est " + last.statusLabel()).build();
        }
        List<ExecutionSummary> completed = history.recent(new ExecutionFilter(null, null, BatchStatus.COMPLETED, 1));
        if (completed.isEmpty() || completed.get(0).end() == null
                || completed.get(0).end().isBefore(LocalDateTime.now().minus(maximumAge))) {
            return health.down().withDetail("message", "aucun traitement réussi depuis plus de " + maximumAge.toHours() + " h").build();
        }
        return health.build();
    }
}
