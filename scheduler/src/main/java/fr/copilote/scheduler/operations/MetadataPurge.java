package fr.copilote.scheduler.operations;

import fr.copilote.model.store.ConsolidationStore;
import fr.copilote.scheduler.nightly.NightlyJobConfiguration;
import fr.copilote.scheduler.reporting.OutputRetention;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Removes what is older than a number of days: the job repository's instances whose executions all ended before
 * then (job metadata queries slow down as executions pile up), the consolidated figures of those days, and the
 * workbooks and reject reports of the output folder. A date still running, or the latest consolidation, is kept.
 */
public class MetadataPurge {

    private static final int PAGE = 500;

    private final JobRepository jobRepository;
    private final ConsolidationStore consolidations;
    private final AuditLog audit;

    public MetadataPurge(JobRepository jobRepository, ConsolidationStore consolidations, AuditLog audit) {
        this.jobRepository = jobRepository;
        this.consolidations = consolidations;
        this.audit = audit;
    }

    /** What a purge removed. */
    public record Result(int jobInstances, int consolidationRuns, List<Path> files) {
    }

    public Result purge(Actor actor, int olderThanDays, Path outputFolder) {
        if (olderThanDays < 1) {
            throw new OperationRefusedException(OperationRefusedException.Reason.NOT_ALLOWED,
                    "La durée de conservation doit être d'au moins un jour (reçu : " + olderThanDays + ").");
        }
        LocalDateTime cutoff = LocalDateTime.now().minusDays(olderThanDays);
        int instances = 0;
        List<JobInstance> candidates;
        int start = 0;
        do {
            candidates = jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, start, PAGE);
            for (JobInstance instance : candidates) {
                if (endedBefore(instance, cutoff)) {
                    jobRepository.deleteJobInstance(instance);
                    instances++;
                } else {
                    start++;
                }
            }
        } while (candidates.size() == PAGE);
        int runs = consolidations.deleteRunsBefore(cutoff.toLocalDate());
        List<Path> files = outputFolder == null ? List.of()
                : new OutputRetention(olderThanDays).purgeWrittenBefore(outputFolder, Instant.now());
        audit.record(actor, "purge", null, null, "plus de " + olderThanDays + " jours : " + instances
                + " traitement(s) effacé(s) de l'historique, " + runs + " consolidation(s), " + files.size() + " fichier(s) de sortie");
        return new Result(instances, runs, files);
    }

    private boolean endedBefore(JobInstance instance, LocalDateTime cutoff) {
        List<JobExecution> executions = jobRepository.getJobExecutions(instance);
        return !executions.isEmpty() && executions.stream().allMatch(execution -> !execution.getStatus().isRunning()
                && execution.getEndTime() != null && execution.getEndTime().isBefore(cutoff));
    }
}
