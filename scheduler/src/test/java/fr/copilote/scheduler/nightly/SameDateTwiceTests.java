package fr.copilote.scheduler.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import fr.copilote.model.testing.Tables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@CopiloteTest
class SameDateTwiceTests {

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
    void aSecondLaunchForACompletedDateIsRefusedAndRunsNothing() {
        LocalDate date = LocalDate.of(2024, 12, 31);
        JobExecution first = launcher.launch(date, Samples.folder(), output, List.of());
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThatThrownBy(() -> launcher.launch(date, Samples.folder(), output.resolve("ailleurs"), List.of()))
                .isInstanceOf(RunRefusedException.class)
                .hasMessage("Le traitement du 31/12/2024 a déjà été exécuté avec succès (exécution n° " + first.getId()
                        + ", terminée le " + first.getEndTime().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm"))
                        + ") : il n'est pas relancé.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class)).isEqualTo(1);
        assertThat(output.resolve("ailleurs")).doesNotExist();
    }

    @Test
    void anotherDateRunsAndReusesTheUnchangedFiles() {
        launcher.launch(LocalDate.of(2024, 12, 30), Samples.folder(), output, List.of());
        JobExecution next = launcher.launch(LocalDate.of(2024, 12, 31), Samples.folder(), output, List.of());

        assertThat(next.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_file WHERE status = 'UNCHANGED'", Long.class))
                .as("the second night finds the same files and imports nothing again").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class)).isEqualTo(Samples.dataLines("activite.csv"));
    }
}
