package fr.copilote.scheduler.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts the nightly job for a business date, through {@link JobOperator} so that the job repository decides:
 * a date already completed or already running is refused — for any launcher, on any node sharing the
 * database — and a date that failed is restarted.
 */
@Component
public class NightlyLauncher {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;

    public NightlyLauncher(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
    }

    /**
     * @throws RunRefusedException when the date is already done or running
     */
    public JobExecution launch(LocalDate businessDate, Path input, Path output, Collection<String> territories) {
        var parameters = NightlyParameters.of(businessDate, input, output, territories);
        try {
            return jobOperator.start(nightlyJob, parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            JobExecution done = jobRepository.getLastJobExecution(NightlyJobConfiguration.JOB_NAME, parameters);
            throw RunRefusedException.alreadyDone(businessDate, done);
        } catch (JobExecutionAlreadyRunningException e) {
            JobExecution running = jobRepository.getLastJobExecution(NightlyJobConfiguration.JOB_NAME, parameters);
            throw RunRefusedException.alreadyRunning(businessDate, running);
        } catch (JobRestartException | InvalidJobParametersException e) {
            throw new IllegalStateException("Lancement impossible du traitement du " + businessDate + " : " + e.getMessage(), e);
        }
    }
}
