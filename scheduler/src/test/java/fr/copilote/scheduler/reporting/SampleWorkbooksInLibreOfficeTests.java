package fr.copilote.scheduler.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.LibreOffice;
import fr.copilote.scheduler.support.Samples;
import fr.copilote.reports.testing.Workbooks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sample run's workbooks as LibreOffice sees them: each converts to PDF and to CSV without error, and the
 * Synthèse totals LibreOffice recalculates from our formulas equal the figures the consolidation stored.
 */
@CopiloteTest
class SampleWorkbooksInLibreOfficeTests {

    private static final double CENT = 0.005;

    @Autowired
    NightlyLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    @TempDir
    Path converted;

    @TempDir
    Path profile;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
    }

    @Test
    void libreOfficeRecalculatesFormulasRatherThanTrustingTheirCachedResults() throws Exception {
        // given a workbook whose SUM carries a wrong cached result
        Path workbook = output.resolve("piege.xlsx");
        try (XSSFWorkbook poi = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet sheet = poi.createSheet("Feuille");
            sheet.createRow(0).createCell(0).setCellValue(2);
            sheet.createRow(1).createCell(0).setCellValue(3);
            var sum = sheet.createRow(2).createCell(0);
            sum.setCellFormula("SUM(A1:A2)");
            sum.setCellValue(999);
            poi.write(out);
        }

        // when LibreOffice converts it to CSV
        LibreOffice.Result result = LibreOffice.convert(List.of(workbook), LibreOffice.CSV_EVERY_SHEET, converted, profile);

        // then the CSV shows the sum it computed, so the other checks here really test our formulas
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(Files.readAllLines(converted.resolve("piege-Feuille.csv"))).containsExactly("2", "3", "5");
    }

    @Test
    void everySampleWorkbookReopensInPoiAndConvertsToPdfWithLibreOffice() throws Exception {
        List<Path> workbooks = sampleRunWorkbooks();
        for (Path workbook : workbooks) {
            try (var opened = Workbooks.open(workbook)) {
                assertThat(opened.getSheet("Synthèse")).as(workbook.getFileName().toString()).isNotNull();
            }
        }

        LibreOffice.Result result = LibreOffice.convert(workbooks, "pdf", converted, profile);

        assertThat(result.exitCode()).as(result.output()).isZero();
        for (Path workbook : workbooks) {
            Path pdf = converted.resolve(stem(workbook) + ".pdf");
            assertThat(pdf).as(result.output()).isRegularFile();
            assertThat(Files.size(pdf)).isGreaterThan(1000);
        }
    }

    @Test
    void summaryTotalsRecalculatedByLibreOfficeEqualTheConsolidatedFigures() throws Exception {
        List<Path> workbooks = sampleRunWorkbooks();

        LibreOffice.Result result = LibreOffice.convert(workbooks, LibreOffice.CSV_EVERY_SHEET, converted, profile);

        assertThat(result.exitCode()).as(result.output()).isZero();
        for (Path workbook : workbooks) {
            String territory = stem(workbook).substring(0, stem(workbook).lastIndexOf('_'));
            List<CSVRecord> summary = csv(converted.resolve(stem(workbook) + "-Synthèse.csv"));
            assertThat(converted.resolve(stem(workbook) + "-Activité.csv")).as(result.output()).isRegularFile();

            CSVRecord pathways = labelled(summary, "Total");
            assertThat(number(pathways, 5)).as(territory + " recettes").isCloseTo(territoryFigure(territory, "ACTIVITY_REVENUE", "YEAR_TO_DATE"), within(CENT));
            assertThat(number(pathways, 8)).as(territory + " marge").isCloseTo(territoryFigure(territory, "MARGIN", "YEAR_TO_DATE"), within(CENT));
            List<CSVRecord> typeTotals = summary.stream().filter(row -> row.get(0).equals("Total toutes filières")).toList();
            assertThat(typeTotals).as(territory + " totaux par type").isNotEmpty();
            for (CSVRecord total : typeTotals) {
                ActivityType type = Arrays.stream(ActivityType.values()).filter(t -> t.label().equals(total.get(1))).findFirst().orElseThrow();
                assertThat(number(total, 2)).as(territory + " " + type).isCloseTo(volumeOfType(territory, type), within(CENT));
            }

            CSVRecord members = labelled(summary, "Total du territoire");
            String[] columns = {"CONVENTIONS_INCOMING", "CONVENTIONS_OUTGOING", "SHARED_FTE_INCOMING", "SHARED_FTE_OUTGOING", "SHARED_FTE_NET"};
            for (int c = 0; c < columns.length; c++) {
                assertThat(number(members, 3 + c)).as(territory + " " + columns[c])
                        .isCloseTo(territoryFigure(territory, columns[c], "AT_DATE"), within(CENT));
            }
        }
    }

    private List<Path> sampleRunWorkbooks() throws IOException {
        LibreOffice.executable();
        launcher.launch(LocalDate.of(2024, 12, 31), Samples.folder(), output, List.of());
        try (Stream<Path> files = Files.list(output)) {
            List<Path> workbooks = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
            assertThat(workbooks).hasSize(6);
            return workbooks;
        }
    }

    private double territoryFigure(String territory, String indicator, String scope) {
        return jdbc.queryForObject("SELECT amount FROM indicator_value WHERE territory_code = ? AND indicator = ? "
                + "AND period_scope = ? AND entity IS NULL AND counterpart IS NULL AND care_pathway IS NULL "
                + "AND activity_type IS NULL AND detail IS NULL AND period_month IS NULL", Double.class, territory, indicator, scope);
    }

    /** The type's volume summed over the pathways' stored figures: a second path to the by-type total. */
    private double volumeOfType(String territory, ActivityType type) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM indicator_value WHERE territory_code = ? "
                + "AND indicator = 'ACTIVITY_VOLUME' AND period_scope = 'YEAR_TO_DATE' AND entity IS NULL "
                + "AND counterpart IS NULL AND care_pathway IS NOT NULL AND detail IS NULL AND period_month IS NULL "
                + "AND activity_type = ?", Double.class, territory, type.name());
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.parse(reader).getRecords();
        }
    }

    private static CSVRecord labelled(List<CSVRecord> rows, String label) {
        return rows.stream().filter(row -> row.get(0).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("pas de ligne « " + label + " » dans la Synthèse recalculée"));
    }

    private static double number(CSVRecord row, int column) {
        return Double.parseDouble(row.get(column));
    }

    private static String stem(Path workbook) {
        String name = workbook.getFileName().toString();
        return name.substring(0, name.length() - ".xlsx".length());
    }
}
