package fr.copilote.scheduler.nightly;

import fr.copilote.importer.job.MissingInputPolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Starts the nightly job for a business date, through {@link JobOperator} so that the job repository decides:
 * a date already completed or already running is refused — for any launcher, on any node sharing the
 * database — and a date that failed is restarted. Two nodes that start the same date at the same instant race
 * to create its job instance; the database lets one win and the other is refused like any second launch.
 */
@Component
public class NightlyLauncher {

    private static final Logger log = LoggerFactory.getLogger(NightlyLauncher.class);

    private final JobOperator jobOperator;
    private final TaskExecutorJobOperator backgroundOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;

    public NightlyLauncher(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob) throws Exception {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        // The console must answer at once: its runs go on in threads of their own.
        this.backgroundOperator = new TaskExecutorJobOperator();
        backgroundOperator.setJobRepository(jobRepository);
        MapJobRegistry jobs = new MapJobRegistry();
        jobs.register(nightlyJob);
        backgroundOperator.setJobRegistry(jobs);
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("copilote-run-");
        backgroundOperator.setTaskExecutor(executor);
        backgroundOperator.afterPropertiesSet();
    }

    /**
     * Runs the date to its end in this thread.
     *
     * @throws RunRefusedException when the date is already done or running
     */
    public JobExecution launch(LocalDate businessDate, Path input, Path output, Collection<String> territories) {
        return launch(businessDate, input, output, territories, MissingInputPolicy.FAIL);
    }

    /** The same, saying what to do if an expected input file is missing. */
    public JobExecution launch(LocalDate businessDate, Path input, Path output, Collection<String> territories,
                               MissingInputPolicy missingInput) {
        return launch(businessDate, input, output, territories, missingInput, Set.of());
    }

    /** The same, naming the files to publish even though they remove much of what they replace. */
    public JobExecution launch(LocalDate businessDate, Path input, Path output, Collection<String> territories,
                               MissingInputPolicy missingInput, Collection<String> acceptedReductions) {
        return start(jobOperator, businessDate,
                NightlyParameters.of(businessDate, input, output, territories, missingInput, acceptedReductions));
    }

    /** Starts the date and returns at once, the run going on in a thread of its own. */
    public JobExecution launchInBackground(LocalDate businessDate, Path input, Path output, Collection<String> territories,
                                           MissingInputPolicy missingInput) {
        return start(backgroundOperator, businessDate, NightlyParameters.of(businessDate, input, output, territories, missingInput));
    }

    /** Restarts a failed or stopped execution, in this thread or in the background. */
    public JobExecution restart(JobExecution execution, boolean inBackground) throws JobRestartException {
        releaseUnknownSteps(execution);
        return (inBackground ? backgroundOperator : jobOperator).restart(execution);
    }

    /**
     * A step whose end could not be recorded — its database lost while it committed — is left UNKNOWN, which Spring Batch
     * refuses to restart. Every step of this job finds where it stands from the database itself (an import resumes from
     * the position committed with its rows, the other steps redo their work in one transaction), so such a step is
     * marked failed and resumed like any other.
     */
    private void releaseUnknownSteps(JobExecution execution) {
        if (execution == null) {
            return;
        }
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                log.warn("Étape {} de l'exécution n° {} restée dans un état inconnu (fin non enregistrée) : marquée en échec pour être "
                        + "reprise depuis ce que la base a gardé", step.getStepName(), execution.getId());
                step.setStatus(BatchStatus.FAILED);
                jobRepository.update(step);
            }
        }
    }

    private JobExecution start(JobOperator operator, LocalDate businessDate, JobParameters parameters) {
        releaseUnknownSteps(last(parameters));
        try {
            return operator.start(nightlyJob, parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            JobExecution last = last(parameters);
            if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
                throw RunRefusedException.abandoned(businessDate, last);
            }
            throw RunRefusedException.alreadyDone(businessDate, last);
        } catch (JobExecutionAlreadyRunningException e) {
            throw RunRefusedException.alreadyRunning(businessDate, last(parameters));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException | IllegalStateException e) {
            // Another node created the date's instance between our look and our insert: the repository refuses ours
            // (« JobInstance must not already exist », a unique key, or a serialisation failure, depending on timing).
            if (jobRepository.getJobInstance(NightlyJobConfiguration.JOB_NAME, parameters) == null) {
                throw e;
            }
            throw RunRefusedException.alreadyRunning(businessDate, last(parameters));
        } catch (JobRestartException e) {
            JobExecution last = last(parameters);
            if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
                throw RunRefusedException.abandoned(businessDate, last);
            }
            throw new IllegalStateException("Lancement impossible du traitement du " + businessDate + " : " + e.getMessage(), e);
        } catch (InvalidJobParametersException e) {
            throw new IllegalStateException("Lancement impossible du traitement du " + businessDate + " : " + e.getMessage(), e);
        }
    }

    private JobExecution last(JobParameters parameters) {
        return jobRepository.getLastJobExecution(NightlyJobConfiguration.JOB_NAME, parameters);
    }
}
