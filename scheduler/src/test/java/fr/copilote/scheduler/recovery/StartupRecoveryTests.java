package fr.copilote.scheduler.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.nightly.NightlyJobConfiguration;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.nightly.NightlyParameters;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Executions a crash left STARTED: recovered at start-up when their process is certainly gone, and only then. */
@CopiloteTest
class StartupRecoveryTests {

    @Autowired
    JobRepository jobRepository;

    @Autowired
    StaleExecutions stale;

    @Autowired
    NightlyLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
    }

    @Test
    void anExecutionWhoseProcessDiedOnThisHostIsRecoveredAndItsDateThenRestarts() throws Exception {
        LocalDate date = LocalDate.of(2024, 12, 31);
        long deadPid = deadProcessId();
        long crashed = leftStarted(date, new ExecutionOwner(ExecutionOwner.current().host(), deadPid, Instant.now()));

        new StartupRecovery(stale).run(null);

        assertThat(jobRepository.getJobExecution(crashed).getStatus()).isEqualTo(BatchStatus.FAILED);
        JobExecution restarted = launcher.launch(date, Samples.folder(), output, List.of());
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(jobRepository.getJobExecution(crashed).getJobInstance().getInstanceId());
    }

    @Test
    void anExecutionOfALiveProcessOrOfAnotherHostOrOfNoKnownProcessIsLeftRunning() {
        long alive = leftStarted(LocalDate.of(2024, 12, 29), ExecutionOwner.current());
        long elsewhere = leftStarted(LocalDate.of(2024, 12, 30), new ExecutionOwner("autre-noeud.chu.fr", 1234, Instant.now()));
        long unknown = leftStarted(LocalDate.of(2024, 12, 31), null);

        new StartupRecovery(stale).run(null);

        for (long execution : List.of(alive, elsewhere, unknown)) {
            assertThat(jobRepository.getJobExecution(execution).getStatus()).isEqualTo(BatchStatus.STARTED);
        }
        assertThat(stale.running()).extracting(StaleExecutions.Running::whyKept).containsExactly(
                "son processus " + ProcessHandle.current().pid() + " tourne encore sur cette machine",
                "elle tourne peut-être sur autre-noeud.chu.fr (processus 1234) ; si ce nœud est arrêté, « recover "
                        + elsewhere + " » la débloque",
                "le processus qui la portait est inconnu ; s'il est arrêté, « recover " + unknown + " » la débloque");
    }

    @Test
    void aRunRecordsItsOwnerAsItStarts() {
        JobExecution done = launcher.launch(LocalDate.of(2024, 12, 31), Samples.folder(), output, List.of());

        assertThat(ExecutionOwner.of(jobRepository.getJobExecution(done.getId()))).contains(ExecutionOwner.current());
    }

    /** The id of an execution left STARTED (not a JobExecution: @SpringBatchTest would take the method for a factory). */
    private long leftStarted(LocalDate date, ExecutionOwner owner) {
        JobParameters parameters = NightlyParameters.of(date, Samples.folder(), output, List.of());
        JobInstance instance = jobRepository.createJobInstance(NightlyJobConfiguration.JOB_NAME, parameters);
        ExecutionContext context = new ExecutionContext();
        if (owner != null) {
            owner.writeTo(context);
        }
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, context);
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        jobRepository.update(execution);
        jobRepository.updateExecutionContext(execution);
        return execution.getId();
    }

    private static long deadProcessId() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
