package fr.copilote.scheduler.recovery;

import fr.copilote.scheduler.nightly.NightlyJobConfiguration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The nightly executions the job repository still calls running, and what is known of their process. Only an
 * execution whose process is certainly gone (same host, process no longer alive) is recovered without being
 * asked: one running on another node, or whose process is unknown, may be alive, and marking it failed would
 * let a second run start beside it.
 */
public class StaleExecutions {

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    public StaleExecutions(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /** A running execution and whether its process is certainly dead. */
    public record Running(JobExecution execution, Optional<ExecutionOwner> owner) {

        public boolean processIsGone() {
            return owner.map(ExecutionOwner::isDeadProcessOfThisHost).orElse(false);
        }

        /** Why it is not recovered on its own, in French. */
        public String whyKept() {
            return owner.map(o -> o.isThisHost() ? "son processus " + o.pid() + " tourne encore sur cette machine"
                            : "elle tourne peut-être sur " + o + " ; si ce nœud est arrêté, « recover " + execution.getId() + " » la débloque")
                    .orElse("le processus qui la portait est inconnu ; s'il est arrêté, « recover " + execution.getId() + " » la débloque");
        }
    }

    public List<Running> running() {
        return jobRepository.findRunningJobExecutions(NightlyJobConfiguration.JOB_NAME).stream()
                .sorted(Comparator.comparing(JobExecution::getId))
                .map(execution -> new Running(execution, ExecutionOwner.of(execution)))
                .toList();
    }

    /** Recovers every running execution whose process is certainly gone; returns them. */
    public List<JobExecution> recoverThoseWhoseProcessIsGone() {
        return running().stream().filter(Running::processIsGone).map(r -> jobOperator.recover(r.execution())).toList();
    }

    /** Marks one execution failed, at the admin's word that its process is gone. */
    public JobExecution recover(JobExecution execution) {
        return jobOperator.recover(execution);
    }
}
