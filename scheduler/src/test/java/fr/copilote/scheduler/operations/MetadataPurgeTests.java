package fr.copilote.scheduler.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The purge of old runs: their job metadata and consolidated figures go, the recent ones and the latest stay. */
@CopiloteTest
class MetadataPurgeTests {

    @Autowired
    NightlyLauncher launcher;

    @Autowired
    MetadataPurge purge;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
    }

    @Test
    void runsEndedLongAgoLeaveTheJobRepositoryWithTheirFiguresAndTheRecentOnesStay() {
        long old = launcher.launch(LocalDate.of(2024, 11, 30), Samples.folder(), output, List.of()).getId();
        long recent = launcher.launch(LocalDate.of(2024, 12, 31), Samples.folder(), output, List.of()).getId();
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET END_TIME = ?, START_TIME = ? WHERE JOB_EXECUTION_ID = ?",
                Timestamp.valueOf(LocalDateTime.now().minusDays(100)),
                Timestamp.valueOf(LocalDateTime.now().minusDays(100)), old);

        MetadataPurge.Result result = purge.purge(Actor.commandLine(), 30, output);

        assertThat(result.jobInstances()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION", Long.class)).containsExactly(recent);
        assertThat(result.consolidationRuns()).as("the old run's figures; the latest run is always kept").isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT DISTINCT business_date FROM consolidation_run", Date.class))
                .extracting(Date::toLocalDate).containsExactly(LocalDate.of(2024, 12, 31));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator_value v JOIN consolidation_run r ON r.id = v.run_id "
                + "WHERE r.business_date = '2024-11-30'", Long.class)).isZero();
        assertThat(audit.recent(1).get(0).outcome()).isEqualTo("plus de 30 jours : 1 traitement(s) effacé(s) de l'historique, "
                + "1 consolidation(s), 0 fichier(s) de sortie");
    }

    @Test
    void aRunStillGoingIsNeverPurged() {
        long running = launcher.launch(LocalDate.of(2024, 11, 30), Samples.folder(), output, List.of()).getId();
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL, START_TIME = ? WHERE JOB_EXECUTION_ID = ?",
                Timestamp.valueOf(LocalDateTime.now().minusDays(100)), running);

        assertThat(purge.purge(Actor.commandLine(), 30, output).jobInstances()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class)).isEqualTo(1);
    }
}
