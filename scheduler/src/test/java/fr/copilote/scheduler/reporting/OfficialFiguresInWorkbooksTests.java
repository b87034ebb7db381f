package fr.copilote.scheduler.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.testing.SharedData;
import fr.copilote.model.testing.Tables;
import fr.copilote.reports.sheets.CapacitySheet;
import fr.copilote.reports.sheets.EstablishmentsSheet;
import fr.copilote.reports.sheets.QualitySheet;
import fr.copilote.reports.sheets.SourcesSheet;
import fr.copilote.reports.testing.Workbooks;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a finance team sees when the input folder holds an official base of another year than the directory, and no
 * SAE legal-entity base: the real SAE Q21 staff base published for 2023, dropped in as {@code Q21_2022r.csv} beside the
 * sample's 2023 directory without {@code ST_2023r.csv} (its year column {@code AN} set to 2022, as the importer checks
 * that a file's rows are of the year of its name). Every official figure must say the year it comes from, and the
 * CHU de Saint-Étienne, five sites and no row of its own, must not take the name of one of its services.
 */
@CopiloteTest
class OfficialFiguresInWorkbooksTests {

    private static final String CHU_SAINT_ETIENNE = "420784878";

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
    void workbooksNameTheYearOfEachOfficialBaseAndAnEntityOfSeveralSitesWithoutOfficialNameIsNamedFromItsSites() throws Exception {
        // The sample's own Q21 2023 rows left out too, so that 2022 is the latest staff base.
        Path input = Samples.copyTo(work.resolve("entrees"), "ST_2023r.csv", "Q21_2023r.csv");
        asPublishedFor2022(SharedData.require("sae-2023/Q21_2023r.csv"), input.resolve("Q21_2022r.csv"));
        Path output = work.resolve("sorties");

        JobExecution run = launcher.launch(LocalDate.of(2024, 12, 31), input, output, List.of());
        assertThat(run.getStatus()).as(run.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);

        try (XSSFWorkbook workbook = Workbooks.open(output.resolve("STE-ROANNE_2024-12-31.xlsx"))) {
            Sheet establishments = workbook.getSheet(EstablishmentsSheet.NAME);
            assertThat(texts(establishments)).as("the FTE column names its base and year, not the directory's")
                    .contains("ETP médicaux (SAE Q21 2022)").doesNotContain("ETP médicaux (SAE Q21 2023)");
            Row chu = Workbooks.rowWith(establishments, 0, CHU_SAINT_ETIENNE)
                    .or(() -> Workbooks.rowWith(establishments, 1, CHU_SAINT_ETIENNE)).orElseThrow();
            assertThat(texts(chu)).anyMatch(name -> name.startsWith("Entité juridique " + CHU_SAINT_ETIENNE + " — sites : "))
                    .noneMatch(name -> name.contains("NEUROCHIRURGIE"));

            assertThat(texts(workbook.getSheet(SourcesSheet.NAME))).anyMatch(text -> text.startsWith("Statistiques officielles — "))
                    .contains("SAE Q21 2022");

            List<String> quality = texts(workbook.getSheet(QualitySheet.NAME));
            int block = quality.indexOf("Entités juridiques sans nom officiel");
            assertThat(block).as("the Quality sheet has the block").isNotNegative();
            List<String> listed = quality.subList(quality.indexOf("Nom affiché") + 1, quality.size());
            // CH de Roanne's entity 420780033 has two sites, neither bearing its number: listed too. Its site 420000010,
            // the territory's member, has its own row of the ID base: never listed.
            assertThat(listed).contains(CHU_SAINT_ETIENNE, "420780033").doesNotContain("420000010");
            for (int i = 0; i < listed.size(); i += 2) {
                assertThat(listed.get(i + 1)).as("the name shown beside " + listed.get(i))
                        .startsWith("Entité juridique " + listed.get(i) + " — sites : ");
            }
        }
    }

    /**
     * Two MCO bases: the sample's 2023 rows, and the same rows published again as 2022. Capacités et SAE shows each
     * in its own table, headed with its own year; CHU de Saint-Étienne's sites add up to 1 045 MCO beds in both, the
     * territory's counted members (with CH de Roanne's 329) to 1 374.
     */
    @Test
    void capacitySheetShowsTheLatestBaseAndTheOneOfTheYearBefore() throws Exception {
        Path input = Samples.copyTo(work.resolve("entrees"));
        asPublishedFor2022(input.resolve("MCO_2023r.csv"), input.resolve("MCO_2022r.csv"));
        Path output = work.resolve("sorties");

        JobExecution run = launcher.launch(LocalDate.of(2024, 12, 31), input, output, List.of());
        assertThat(run.getStatus()).as(run.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);

        try (XSSFWorkbook workbook = Workbooks.open(output.resolve("STE-ROANNE_2024-12-31.xlsx"))) {
            Sheet capacity = workbook.getSheet(CapacitySheet.NAME);
            List<Row> headers = new ArrayList<>();
            List<Row> totals = new ArrayList<>();
            List<Row> chu = new ArrayList<>();
            for (Row row : capacity) {
                Cell first = row.getCell(0);
                String text = first == null || first.getCellType() != CellType.STRING ? "" : first.getStringCellValue();
                if (text.equals("Établissement (entité juridique)") && row.getCell(4).getStringCellValue().startsWith("Lits MCO")) {
                    headers.add(row);
                } else if (text.equals("Total du territoire (établissements comptés)")) {
                    totals.add(row);
                } else if (row.getCell(1) != null && CHU_SAINT_ETIENNE.equals(row.getCell(1).getStringCellValue())) {
                    chu.add(row);
                }
            }
            assertThat(headers).extracting(row -> row.getCell(4).getStringCellValue())
                    .containsExactly("Lits MCO (SAE MCO 2023)", "Lits MCO (SAE MCO 2022)");
            assertThat(chu).extracting(row -> row.getCell(4).getNumericCellValue()).containsExactly(1045.0, 1045.0);
            assertThat(totals).extracting(row -> row.getCell(4).getNumericCellValue()).containsExactly(1374.0, 1374.0);
            // The other bases have no 2022 file: their N-1 columns say the year and stay empty.
            assertThat(headers.get(1).getCell(12).getStringCellValue()).isEqualTo("Passages aux urgences (SAE Urgences 2022)");
            assertThat(chu.get(1).getCell(12)).isNull();
            // The default copilote.output.coherence-threshold (10 %) reaches the sheet: CH de Roanne's declared SSR days,
            // its main site's only (7 967), against the 28 676 of its legal entity's two sites in the SAE.
            Row roanneSsr = null;
            for (Row row : capacity) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING && row.getCell(1) != null
                        && row.getCell(1).getCellType() == CellType.STRING && row.getCell(0).getStringCellValue().equals("CH DE ROANNE")
                        && row.getCell(1).getStringCellValue().equals("Journées SSR")) {
                    roanneSsr = row;
                }
            }
            assertThat(roanneSsr).isNotNull();
            assertThat(roanneSsr.getCell(5).getNumericCellValue()).isEqualTo(7_967);
            assertThat(roanneSsr.getCell(6).getNumericCellValue()).isEqualTo(28_676);
            assertThat(roanneSsr.getCell(10).getStringCellValue()).isEqualTo("Écart de plus de 10 %");
        }
    }

    /** The real base, every row's {@code AN} made 2022, bytes otherwise untouched (Latin-1 in, Latin-1 out). */
    private static void asPublishedFor2022(Path published, Path copy) throws IOException {
        List<String> lines = Files.readAllLines(published, StandardCharsets.ISO_8859_1);
        int year = List.of(lines.get(0).split(";", -1)).indexOf("AN");
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(";", -1);
            fields[year] = "2022";
            out.add(String.join(";", fields));
        }
        Files.write(copy, out, StandardCharsets.ISO_8859_1);
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            texts.addAll(texts(row));
        }
        return texts;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }
}
