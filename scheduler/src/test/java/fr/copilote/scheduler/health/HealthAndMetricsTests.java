package fr.copilote.scheduler.health;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.history.ExecutionHistory;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/** What the health endpoint and the metrics tell an admin's monitoring. */
@CopiloteTest
class HealthAndMetricsTests {

    @Autowired
    NightlyLauncher launcher;

    @Autowired
    ExecutionHistory history;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
    }

    @Test
    void theLastNightlyRunIsUnknownBeforeAnyRunUpAfterASuccessAndDownAfterAFailure() {
        LastNightlyRunHealthIndicator indicator = new LastNightlyRunHealthIndicator(history, Duration.ofHours(36));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);

        long done = launcher.launch(LocalDate.of(2024, 12, 30), Samples.folder(), work, List.of()).getId();
        var up = indicator.health();
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getDetails()).containsEntry("execution", done).containsEntry("dateArrete", "2024-12-30")
                .containsEntry("statut", "terminé").containsEntry("ageHeures", 0L);

        launcher.launch(LocalDate.of(2024, 12, 31), Samples.copyTo(work.resolve("incomplet"), "activite.csv"), work, List.of());
        var down = indicator.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("message", "le dernier traitement est en échec");
    }

    @Test
    void noSuccessForLongerThanTheLimitIsDownEvenIfTheLastRunDidNotFail() {
        launcher.launch(LocalDate.of(2024, 12, 30), Samples.folder(), work, List.of());
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET END_TIME = END_TIME - INTERVAL '3' DAY");

        var health = new LastNightlyRunHealthIndicator(history, Duration.ofHours(36)).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("message", "aucun traitement réussi depuis plus de 36 h");
    }

    @Test
    void theOutputFolderIsUpWhenWritableWithRoomAndDownOtherwise() throws Exception {
        var up = new OutputFolderHealthIndicator(work, DataSize.ofMegabytes(1)).health();
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat((Long) up.getDetails().get("espaceLibreMo")).isPositive();

        assertThat(new OutputFolderHealthIndicator(work, DataSize.ofTerabytes(1000)).health().getStatus()).isEqualTo(Status.DOWN);

        Path notAFolder = Files.createFile(work.resolve("fichier"));
        var down = new OutputFolderHealthIndicator(notAFolder, DataSize.ofMegabytes(1)).health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) down.getDetails().get("erreur")).startsWith("écriture impossible");
    }

    @Test
    void eachRunAndStepIsTimedBySpringBatchsMicrometerIntegration() {
        launcher.launch(LocalDate.of(2024, 12, 30), Samples.folder(), work, List.of());

        assertThat(meters.find("spring.batch.job").timers()).isNotEmpty();
        assertThat(meters.find("spring.batch.step").tag("spring.batch.step.name", "importActivity").timers()).isNotEmpty();
        assertThat(meters.find("spring.batch.chunk.write").timers()).isNotEmpty();
    }

    @Test
    void rowsAreNotTimedOneByOneForTheyWouldSlowTheImportForNothing() {
        launcher.launch(LocalDate.of(2024, 12, 30), Samples.folder(), work, List.of());

        assertThat(meters.find("spring.batch.step").timers()).isNotEmpty();
        assertThat(meters.find("spring.batch.item.read").meters()).isEmpty();
        assertThat(meters.find("spring.batch.item.process").meters()).isEmpty();
    }
}
