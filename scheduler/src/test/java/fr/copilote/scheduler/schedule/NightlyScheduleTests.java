package fr.copilote.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.file.ExpectedInputs;
import fr.copilote.importer.job.InputCheckTasklet;
import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.history.FailureMessages;
import fr.copilote.scheduler.operations.AuditEvent;
import fr.copilote.scheduler.operations.AuditLog;
import fr.copilote.scheduler.operations.ExecutionControl;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scheduled run of a date: late files waited for, missing ones named or worked around, a date never run twice. */
@CopiloteTest
class NightlyScheduleTests {

    private static final LocalDate DAY = LocalDate.of(2024, 12, 31);

    @Autowired
    ExecutionControl control;

    @Autowired
    ExpectedInputs expected;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
    }

    @Test
    void waitsForALateFileThenRuns() {
        Path input = Samples.copyTo(work.resolve("entrees"), "activite.csv");
        AtomicInteger polls = new AtomicInteger();
        NightlySchedule schedule = schedule(input, MissingInputAction.WAIT, Duration.ofHours(2), duration -> {
            // the file arrives while the schedule waits, at its third look
            if (polls.incrementAndGet() == 3) {
                Samples.copyTo(input);
            }
        });

        Optional<JobExecution> run = schedule.runFor(DAY);

        assertThat(polls).hasValue(3);
        assertThat(run).get().extracting(JobExecution::getStatus).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void aFileThatNeverComesFailsTheRunNamingIt() {
        Path input = Samples.copyTo(work.resolve("entrees"), "conventions.csv");
        NightlySchedule schedule = schedule(input, MissingInputAction.WAIT, Duration.ofMillis(200), duration -> Thread.sleep(20));

        JobExecution run = schedule.runFor(DAY).orElseThrow();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(FailureMessages.reason(run)).startsWith("Fichier attendu absent du dossier " + input.toAbsolutePath())
                .endsWith(": conventions.csv (conventions de partage de temps médical)");
    }

    @Test
    void failsAtOnceByDefault() {
        Path input = Samples.copyTo(work.resolve("entrees"), "territoires.csv");
        NightlySchedule schedule = schedule(input, MissingInputAction.FAIL, Duration.ofHours(2), duration -> {
            throw new AssertionError("no waiting when the policy is to fail");
        });

        assertThat(schedule.runFor(DAY).orElseThrow().getStatus()).isEqualTo(BatchStatus.FAILED);
    }

    @Test
    void runsOnThePreviousDataWhenAFileIsMissingAndSaysSo() {
        // given a night that published every file
        Path input = Samples.copyTo(work.resolve("entrees"));
        assertThat(schedule(input, MissingInputAction.PREVIOUS, Duration.ZERO, d -> { }).runFor(DAY.minusDays(1)).orElseThrow()
                .getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // when the next night's activity file is missing
        Path next = Samples.copyTo(work.resolve("entrees-suivantes"), "activite.csv");
        JobExecution run = schedule(next, MissingInputAction.PREVIOUS, Duration.ZERO, d -> { }).runFor(DAY).orElseThrow();

        // then the run completes on the activity already published, and records what was missing
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.getExecutionContext().getString(InputCheckTasklet.MISSING_INPUTS)).isEqualTo("activite.csv");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class)).isEqualTo(Samples.dataLines("activite.csv"));
    }

    @Test
    void thePreviousDataPolicyStillFailsWhenThereIsNoPreviousData() {
        Path input = Samples.copyTo(work.resolve("entrees"), "activite.csv");

        JobExecution run = schedule(input, MissingInputAction.PREVIOUS, Duration.ZERO, d -> { }).runFor(DAY).orElseThrow();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(FailureMessages.reason(run)).endsWith("activite.csv (activité), sans données précédentes sur lesquelles continuer");
    }

    @Test
    void aDateAlreadyDoneIsRefusedLoggedAndNotRunAgain() {
        NightlySchedule schedule = schedule(Samples.folder(), MissingInputAction.FAIL, Duration.ZERO, d -> { });
        assertThat(schedule.runFor(DAY)).isPresent();

        assertThat(schedule.runFor(DAY)).isEmpty();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class)).isEqualTo(1);
        assertThat(audit.recent(1)).extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lancement refusé", "planification"));
    }

    @Test
    void theNextRunIsAtHalfPastTwoParisTimeButNotInAOneOffCommand() {
        ScheduleStatus status = new ScheduleStatus(properties(Samples.folder(), MissingInputAction.FAIL, Duration.ZERO), true);

        var next = status.nextRun().orElseThrow();
        assertThat(next.getHour()).isEqualTo(2);
        assertThat(next.getMinute()).isEqualTo(30);
        assertThat(new ScheduleStatus(properties(Samples.folder(), MissingInputAction.FAIL, Duration.ZERO), false).nextRun())
                .as("not scheduled in a one-off command").isEmpty();
    }

    @Test
    void theCronSkipsTheNightClocksGoForwardSoThatNightsDateRunsTheNextNightBeforeItsOwn() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        ScheduleStatus status = new ScheduleStatus(properties(Samples.folder(), MissingInputAction.FAIL, Duration.ZERO), true);
        // 02:30 does not exist on 30 March 2025 in Paris: the last fire before that noon was the day before
        assertThat(status.previousRun(ZonedDateTime.of(2025, 3, 30, 12, 0, 0, 0, paris)))
                .contains(ZonedDateTime.of(2025, 3, 29, 2, 30, 0, 0, paris));

        // given the schedule ran the date of 28 March, and nothing ran in the night of 30 March
        NightlySchedule schedule = schedule(Samples.folder(), MissingInputAction.FAIL, Duration.ZERO, d -> { });
        schedule.runFor(LocalDate.of(2025, 3, 28));

        // when the cron fires in the night of 31 March
        schedule.fire(LocalDate.of(2025, 3, 31));

        // then the skipped date, 29 March, runs, then 30 March
        assertThat(jdbc.queryForList("SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.PARAMETER_NAME = 'date' "
                + "ORDER BY p.JOB_EXECUTION_ID", String.class)).containsExactly("2025-03-28", "2025-03-29", "2025-03-30");
    }

    @Test
    void theCronFiringTwiceTheNightClocksGoBackLaunchesOnce() {
        NightlySchedule schedule = schedule(Samples.folder(), MissingInputAction.FAIL, Duration.ZERO, d -> { });

        schedule.fire(LocalDate.of(2025, 10, 26));
        schedule.fire(LocalDate.of(2025, 10, 26));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class)).isEqualTo(1);
        assertThat(audit.recent(10)).extracting(AuditEvent::action).containsExactly("lancement");
    }

    private NightlySchedule schedule(Path input, MissingInputAction action, Duration waitUpTo, NightlySchedule.Sleeper sleeper) {
        ScheduleProperties properties = properties(input, action, waitUpTo);
        return new NightlySchedule(properties, new ScheduleStatus(properties, true), control, expected, jobRepository, sleeper);
    }

    private ScheduleProperties properties(Path input, MissingInputAction action, Duration waitUpTo) {
        return new ScheduleProperties(true, "0 30 2 * * *", ZoneId.of("Europe/Paris"), input, work.resolve("sorties"), List.of(),
                action, waitUpTo, Duration.ofMinutes(1), false);
    }
}
