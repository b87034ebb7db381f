package fr.copilote.scheduler.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.scheduler.reporting.WrittenWorkbooks;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import fr.copilote.model.testing.Tables;
import fr.copilote.reports.testing.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The nightly job on the bundled sample, launched as the schedule would, checked as a user would. */
@CopiloteTest
class NightlyJobFunctionalTests {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2024, 12, 31);

    @Autowired
    JobOperatorTestUtils jobOperator;

    @Autowired
    Job nightlyJob;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
        jobOperator.setJob(nightlyJob);
    }

    @Test
    void importsEverySampleRowConsolidatesAndWritesSixWorkbooks() throws Exception {
        // given the bundled sample
        Path input = Samples.folder();

        // when the nightly job runs for 31/12/2024
        JobExecution execution = jobOperator.startJob(NightlyParameters.of(BUSINESS_DATE, input, output, List.of()));

        // then it completes, every row of every file is accepted, and each territory has its workbook
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, StepExecution> steps = execution.getStepExecutions().stream()
                .collect(Collectors.toMap(StepExecution::getStepName, Function.identity()));
        assertThat(steps.keySet()).containsExactlyInAnyOrder("checkInputs", "importDirectory", "importStatistics", "importTerritories",
                "importConventions", "checkPractitionerLoad", "importActivity", "importObjectives", "reportRejects", "publishImports",
                "consolidate", "writeWorkbooks");
        assertThat(steps.get("importTerritories").getReadCount()).isEqualTo(Samples.dataLines("territoires.csv"));
        assertThat(steps.get("importConventions").getReadCount()).isEqualTo(Samples.dataLines("conventions.csv"));
        assertThat(steps.get("importActivity").getReadCount()).isEqualTo(Samples.dataLines("activite.csv"));
        assertThat(steps.get("importActivity").getWriteCount()).isEqualTo(Samples.dataLines("activite.csv"));
        assertThat(steps.get("importObjectives").getWriteCount()).isEqualTo(Samples.dataLines("objectifs.csv"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class)).isEqualTo(Samples.dataLines("activite.csv"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_reject", Long.class)).isZero();

        List<String> written = WrittenWorkbooks.of(execution).stream().map(Path::toString).toList();
        assertThat(written).extracting(path -> Path.of(path).getFileName().toString()).containsExactlyInAnyOrder(
                "G4-LOIRE-SUD_2024-12-31.xlsx", "HCL-VIENNE_2024-12-31.xlsx", "LILLE_2024-12-31.xlsx",
                "STE-ROANNE_2024-12-31.xlsx", "SUD-HAUT-MARNAIS_2024-12-31.xlsx", "TOUS_2024-12-31.xlsx");
        assertThat(written).allSatisfy(path -> assertThat(Path.of(path)).isRegularFile().startsWith(output));
        try (var files = Files.list(output)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void lilleSummaryShows207ConventionsOf129IncomingAnd78Outgoing() throws Exception {
        jobOperator.startJob(NightlyParameters.of(BUSINESS_DATE, Samples.folder(), output, List.of()));

        try (XSSFWorkbook workbook = Workbooks.open(output.resolve("LILLE_2024-12-31.xlsx"))) {
            Sheet summary = workbook.getSheet("Synthèse");
            Row inForce = Workbooks.rowLabelled(summary, "Conventions en vigueur").orElseThrow();
            assertThat(Workbooks.number(inForce, 1)).isEqualTo(207);
            Row chru = Workbooks.rowWith(summary, 1, "590780193").orElseThrow();
            assertThat(Workbooks.number(chru, 3)).as("conventions reçues par le CHRU").isEqualTo(129);
            assertThat(Workbooks.number(chru, 4)).as("conventions envoyées par le CHRU").isEqualTo(78);
        }
    }
}
