package fr.copilote.scheduler.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.copilote.importer.job.MissingInputPolicy;
import fr.copilote.model.generator.DataGenerator;
import fr.copilote.model.generator.GeneratorSettings;
import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.history.ExecutionHistory;
import fr.copilote.scheduler.nightly.RunRefusedException;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What an admin does to runs, with the checks and the audit trail, whatever the channel. */
@CopiloteTest
class ExecutionControlTests {

    private static final LocalDate DAY = LocalDate.of(2024, 12, 31);
    private static final Actor ADMIN = Actor.console("alice");

    @Autowired
    ExecutionControl control;

    @Autowired
    ExecutionHistory history;

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
    void restartTakesAFailedRunUpAndEndsWithEveryRow() {
        Path input = work.resolve("entrees");
        Samples.copyTo(input, "activite.csv");
        JobExecution failed = control.launch(ADMIN, DAY, input, work.resolve("sorties"), List.of());
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        Samples.copyTo(input);
        JobExecution restarted = control.restart(ADMIN, failed.getId(), false);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class)).isEqualTo(Samples.dataLines("activite.csv"));
        assertThat(audit.recent(10)).extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(tuple("reprise", "alice"),
                        tuple("lancement", "alice"));
    }

    @Test
    void restartOfACompletedRunIsRefusedAsAlreadyDoneAndAudited() {
        JobExecution done = control.launch(ADMIN, DAY, Samples.folder(), work, List.of());

        assertThatThrownBy(() -> control.restart(ADMIN, done.getId(), false))
                .isInstanceOfSatisfying(OperationRefusedException.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(OperationRefusedException.Reason.ALREADY_RUNNING_OR_DONE))
                .hasMessage("L'exécution n° " + done.getId() + " est terminée : il n'y a rien à reprendre.");
        assertThat(audit.recent(1).get(0).action()).isEqualTo("reprise refusé");
    }

    @Test
    void stoppingARunThatIsNotRunningIsRefused() {
        JobExecution done = control.launch(ADMIN, DAY, Samples.folder(), work, List.of());

        assertThatThrownBy(() -> control.stop(ADMIN, done.getId()))
                .isInstanceOfSatisfying(OperationRefusedException.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(OperationRefusedException.Reason.NOT_ALLOWED))
                .hasMessageContaining("n'est pas en cours");
    }

    @Test
    void anAbandonedDateCanNoLongerBeLaunched() {
        Path input = work.resolve("vide");
        Samples.copyTo(input, "conventions.csv");
        JobExecution failed = control.launch(ADMIN, DAY, input, work, List.of());

        JobExecution abandoned = control.abandon(ADMIN, failed.getId());

        assertThat(abandoned.getStatus()).isEqualTo(BatchStatus.ABANDONED);
        assertThatThrownBy(() -> control.launch(ADMIN, DAY, Samples.folder(), work, List.of()))
                .isInstanceOf(RunRefusedException.class)
                .hasMessage("Le traitement du 31/12/2024 a été abandonné (exécution n° " + failed.getId()
                        + ") : cette date ne peut plus être relancée.");
    }

    @Test
    void anUnknownExecutionIsRefusedAndTheRequestAudited() {
        assertThatThrownBy(() -> control.stop(ADMIN, 424242))
                .isInstanceOfSatisfying(OperationRefusedException.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(OperationRefusedException.Reason.UNKNOWN_EXECUTION))
                .hasMessage("Aucune exécution n° 424242.");
        assertThat(audit.recent(1)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("arrêt refusé");
            assertThat(event.channel()).isEqualTo("console web");
            assertThat(event.executionId()).isEqualTo(424242L);
        });
    }

    @Test
    void aStoppedRunEndsStoppedAtAChunkBoundaryAndItsRestartEndsWithExactlyTheRowsOfACleanRun() throws Exception {
        // given a run on some 65,000 activity rows, started in the background like the console does
        Path input = work.resolve("national");
        DataGenerator.generate(GeneratorSettings.nationalScale(7, 3, 40, 120, 24, YearMonth.of(2024, 12), 150_000, null), input);
        long rows;
        try (var lines = Files.lines(input.resolve("activite.csv"))) {
            rows = lines.count() - 1;
        }
        JobExecution running = control.launchInBackground(ADMIN, DAY, input, work.resolve("sorties"), List.of(),
                MissingInputPolicy.FAIL);
        awaitActivityRows(1);

        // when an admin stops it
        control.stop(Actor.commandLine(), running.getId());

        // then it ends STOPPED, part of the rows in, none published
        awaitEnd(running.getId());
        assertThat(history.summary(running.getId()).orElseThrow().status()).isEqualTo(BatchStatus.STOPPED);
        assertThat(history.detail(running.getId()).orElseThrow().steps()).filteredOn(step -> step.name().equals("importActivity"))
                .singleElement().satisfies(step -> assertThat(step.status()).as("a clean stop, not a failure").isEqualTo(BatchStatus.STOPPED));
        long staged = jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class);
        assertThat(staged).isLessThan(rows);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_file WHERE kind = 'ACTIVITE' AND status = 'PUBLISHED'", Long.class))
                .isZero();

        // and its restart resumes and ends with exactly every row, once
        JobExecution restarted = control.restart(ADMIN, running.getId(), false);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT line_number) FROM activity", Long.class)).isEqualTo(rows);
    }

    private void awaitActivityRows(long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class) >= atLeast) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("l'import d'activité n'a pas commencé");
    }

    private void awaitEnd(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!history.summary(id).orElseThrow().isRunning()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("l'exécution " + id + " ne s'est pas arrêtée");
    }
}
