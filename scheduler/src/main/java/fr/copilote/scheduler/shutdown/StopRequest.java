package fr.copilote.scheduler.shutdown;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * Asks a running execution to stop by marking it STOPPING in the job repository: its step sees the mark at the
 * end of the current chunk (or tasklet), ends STOPPED with that chunk committed, and the job stops there — in
 * this JVM or on another node alike.
 *
 * <p>Not {@code JobOperator.stop}: in Spring Batch 6.0 it also registers and then releases the running step's
 * context from the calling thread, which closes that step's step-scoped reader under the running chunk, and
 * stamps the execution with an end time, so that it reads STOPPED while still running.
 */
public class StopRequest {

    private final JobRepository jobRepository;

    public StopRequest(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** Whether the job repository holds the execution's end: its status is no longer a running one. */
    public boolean isOver(long executionId) {
        try {
            JobExecution execution = jobRepository.getJobExecution(executionId);
            return execution == null || !execution.getStatus().isRunning();
        } catch (EmptyResultDataAccessException e) {
            return true;
        }
    }

    /** @return false when the execution was not running */
    public boolean send(long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            return false;
        }
        if (execution == null || !(execution.getStatus() == BatchStatus.STARTED || execution.getStatus() == BatchStatus.STARTING)) {
            return false;
        }
        execution.setStatus(BatchStatus.STOPPING);
        jobRepository.update(execution);
        return true;
    }
}
