package fr.copilote.scheduler.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.LibreOffice;
import fr.copilote.scheduler.support.Samples;
import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.support.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The sample run's workbooks re-open in POI and convert to PDF with LibreOffice headless without error. */
@CopiloteTest
class WorkbooksOpenInLibreOfficeTests {

    @Autowired
    NightlyLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    @TempDir
    Path pdf;

    @TempDir
    Path profile;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
    }

    @Test
    void everySampleWorkbookReopensInPoiAndConvertsToPdfWithLibreOffice() throws Exception {
        LibreOffice.executable();
        launcher.launch(LocalDate.of(2024, 12, 31), Samples.folder(), output, List.of());
        List<Path> workbooks;
        try (Stream<Path> files = Files.list(output)) {
            workbooks = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(workbooks).hasSize(6);
        for (Path workbook : workbooks) {
            try (var opened = Workbooks.open(workbook)) {
                assertThat(opened.getSheet("Synthèse")).as(workbook.getFileName().toString()).isNotNull();
            }
        }

        LibreOffice.Result result = LibreOffice.convert(workbooks, "pdf", pdf, profile);

        assertThat(result.exitCode()).as(result.output()).isZero();
        for (Path workbook : workbooks) {
            Path converted = pdf.resolve(workbook.getFileName().toString().replace(".xlsx", ".pdf"));
            assertThat(converted).as(result.output()).isRegularFile();
            assertThat(Files.size(converted)).isGreaterThan(1000);
        }
    }
}
