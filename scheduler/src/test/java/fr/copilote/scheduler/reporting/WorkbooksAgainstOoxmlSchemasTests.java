package fr.copilote.scheduler.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.generator.DataGenerator;
import fr.copilote.model.generator.GeneratorSettings;
import fr.copilote.model.testing.Tables;
import fr.copilote.reports.testing.OoxmlSchemaValidation;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every XML part of every workbook a run writes is valid against the ECMA-376 schemas — Excel, which finance
 * teams use, « repairs » an invalid part by dropping it, where LibreOffice forgives. On the sample run, and on a
 * generated national run, whose territories differ in size and shape from the five real ones.
 */
@CopiloteTest
class WorkbooksAgainstOoxmlSchemasTests {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2024, 12, 31);
    /** What every workbook of these runs holds: conventions (a table), activity (charts in a drawing), figures. */
    private static final List<String> KINDS = List.of(OoxmlSchemaValidation.CONTENT_TYPES_KIND, "relationships", "workbook",
            "worksheet", "styles", "shared strings", "drawing", "chart", "table", "core properties", "extended properties",
            "custom properties");

    @Autowired
    NightlyLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
    }

    @Test
    void everyPartOfEverySampleWorkbookIsValid() throws IOException {
        JobExecution run = launcher.launch(BUSINESS_DATE, Samples.folder(), work.resolve("sorties"), List.of());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertEveryPartValid(workbooks(work.resolve("sorties")), 6);
    }

    @Test
    void everyPartOfEveryWorkbookOfAGeneratedNationalRunIsValid() throws IOException {
        Path input = work.resolve("entrees");
        DataGenerator.generate(GeneratorSettings.nationalScale(3, 6, 60, 240, 24, YearMonth.of(2024, 12), 20_000, null), input);

        JobExecution run = launcher.launch(BUSINESS_DATE, input, work.resolve("sorties"), List.of());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertEveryPartValid(workbooks(work.resolve("sorties")), 7);
    }

    private static void assertEveryPartValid(List<Path> workbooks, int expected) {
        assertThat(workbooks).hasSize(expected);
        List<OoxmlSchemaValidation.Report> reports = workbooks.stream().map(OoxmlSchemaValidation::validate).toList();
        String summary = reports.stream().map(OoxmlSchemaValidation.Report::toString).collect(Collectors.joining("\n"));
        for (OoxmlSchemaValidation.Report report : reports) {
            assertThat(report.problems()).as(summary).isEmpty();
            assertThat(report.kinds()).as(report.workbook().getFileName() + ": every kind of part Copilote writes, validated")
                    .containsAll(KINDS);
        }
    }

    private static List<Path> workbooks(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
    }
}
