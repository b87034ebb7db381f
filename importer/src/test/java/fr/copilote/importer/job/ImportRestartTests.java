package fr.copilote.importer.job;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.support.FailingTrigger;
import fr.copilote.importer.support.ImporterTestApplication;
import fr.copilote.importer.support.InputFiles;
import fr.copilote.model.testing.Tables;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A run that dies in the middle of a file, restarted, ends with exactly the rows of a clean run. */
@SpringBootTest(classes = ImporterTestApplication.class)
@SpringBatchTest
class ImportRestartTests {

    private static final int ROWS = 5000;

    @Autowired
    JobOperatorTestUtils jobOperator;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
        FailingTrigger.install(jdbc);
    }

    @AfterEach
    void removeTrigger() {
        FailingTrigger.remove(jdbc);
    }

    private JobParameters parameters() {
        return new JobParametersBuilder()
                .addLocalDate(ImportJobParameters.BUSINESS_DATE, LocalDate.of(2024, 12, 31))
                .addString(ImportJobParameters.INPUT_FOLDER, input.toString(), false)
                .toJobParameters();
    }

    @Test
    void importResumesAfterAFailureAtRowNWithExactlyTheRowsOfACleanRun() throws Exception {
        // given 5,000 activity rows, and the insert of line 2,345 failing once (chunks of 500 rows)
        InputFiles.write(input, ROWS);
        FailingTrigger.failOnceAtLine(jdbc, 2345);

        // when the import runs, it fails in the fifth chunk with four chunks committed
        JobExecution failed = jobOperator.startJob(parameters());
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class)).isEqualTo(2000);
        assertThat(jdbc.queryForObject("SELECT lines_consumed FROM import_file WHERE kind = 'ACTIVITE'", Long.class))
                .as("header + 2,000 committed rows").isEqualTo(2001);

        // and when it is launched again for the same date, it restarts where it stopped
        JobExecution restarted = jobOperator.startJob(parameters());

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        StepExecution activity = restarted.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("importActivity")).findFirst().orElseThrow();
        assertThat(activity.getReadCount()).as("rows read by the restart").isEqualTo(3000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class)).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT line_number) FROM activity", Long.class)).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("SELECT SUM(volume) FROM activity", Long.class)).isEqualTo(InputFiles.expectedVolume(ROWS));
        assertThat(jdbc.queryForMap("SELECT rows_read, rows_accepted, rows_rejected, status FROM import_file WHERE kind = 'ACTIVITE'"))
                .containsEntry("ROWS_READ", (long) ROWS).containsEntry("ROWS_ACCEPTED", (long) ROWS)
                .containsEntry("ROWS_REJECTED", 0L).containsEntry("STATUS", "PUBLISHED");
    }
}
