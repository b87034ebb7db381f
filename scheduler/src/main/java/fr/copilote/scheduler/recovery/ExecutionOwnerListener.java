package fr.copilote.scheduler.recovery;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/** Records, as soon as an execution starts, which process runs it. */
public class ExecutionOwnerListener implements JobExecutionListener {

    private final JobRepository jobRepository;

    public ExecutionOwnerListener(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        ExecutionOwner.current().writeTo(execution.getExecutionContext());
        // Saved now, not at the first step's end: a crash during that step must leave the owner behind.
        jobRepository.updateExecutionContext(execution);
    }
}
