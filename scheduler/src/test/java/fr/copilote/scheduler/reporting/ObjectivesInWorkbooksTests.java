package fr.copilote.scheduler.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.testing.Tables;
import fr.copilote.reports.sheets.ObjectivesSheet;
import fr.copilote.reports.testing.Workbooks;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Objectives through two real nights on the sample: one on the CHU de Saint-Étienne's imaging acts, judged on its own
 * figures (its pathway breakdown, which the workbook's figures otherwise leave out), and one on the CH de Roanne, which
 * leaves STE-ROANNE the second night while its objective stays published.
 */
@CopiloteTest
class ObjectivesInWorkbooksTests {

    private static final String CHU = "420784878";
    private static final String ROANNE_SITE = "420000010";
    private static final String OBJECTIVES = """
            territory_code;care_pathway;indicator;activity_type;finess;year;target;direction
            STE-ROANNE;IMAGERIE;ACTIVITY_VOLUME;ACTE;420784878;2024;1;
            STE-ROANNE;;SHARED_FTE_INCOMING;;420000010;2024;100;
            """;

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
    void anObjectiveOnAMemberIsJudgedOnItsOwnFiguresAndListedOnceTheMemberLeftTheTerritory() throws Exception {
        Path input = Samples.copyTo(work.resolve("entrees"), "objectifs.csv");
        Files.writeString(input.resolve("objectifs.csv"), OBJECTIVES, StandardCharsets.UTF_8);
        Path output = work.resolve("sorties");

        JobExecution first = launcher.launch(LocalDate.of(2024, 12, 30), input, output, List.of());
        assertThat(first.getStatus()).as(first.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
        try (XSSFWorkbook workbook = Workbooks.open(output.resolve("STE-ROANNE_2024-12-30.xlsx"))) {
            Sheet objectives = workbook.getSheet(ObjectivesSheet.NAME);
            Row imaging = objectives.getRow(4);
            assertThat(Workbooks.number(imaging, 7)).as("the CHU's 2024 imaging acts, summed from activite.csv")
                    .isEqualTo(imagingActsOf2024(input, CHU));
            assertThat(imaging.getCell(11).getStringCellValue()).isEqualTo("atteint");
            assertThat(objectives.getRow(5).getCell(3).getStringCellValue()).endsWith("(FINESS " + ROANNE_SITE + ")");
            assertThat(objectives.getRow(5).getCell(11).getStringCellValue()).isEqualTo("en retard");
        }

        // the next night, CH de Roanne is no longer in STE-ROANNE; objectifs.csv is the same
        List<String> memberships = Files.readAllLines(input.resolve("territoires.csv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !(line.startsWith("STE-ROANNE;") && line.contains(";" + ROANNE_SITE + ";"))).toList();
        Files.write(input.resolve("territoires.csv"), memberships, StandardCharsets.UTF_8);
        JobExecution second = launcher.launch(LocalDate.of(2024, 12, 31), input, output, List.of());
        assertThat(second.getStatus()).as(second.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
        try (XSSFWorkbook workbook = Workbooks.open(output.resolve("STE-ROANNE_2024-12-31.xlsx"))) {
            Row roanne = workbook.getSheet(ObjectivesSheet.NAME).getRow(5);
            assertThat(roanne.getCell(11).getStringCellValue()).isEqualTo("établissement sorti du territoire");
            assertThat(roanne.getCell(7)).as("no figure judged").isNull();
        }
    }

    /** Σ volume of the 2024 IMAGERIE / ACTE rows of every site of the legal entity, read from the files themselves. */
    private static double imagingActsOf2024(Path input, String legalEntity) throws IOException {
        Map<String, String> entityOfSite = new HashMap<>();
        List<String> directory = Files.readAllLines(input.resolve("ID_2023r.csv"), StandardCharsets.ISO_8859_1);
        List<String> header = List.of(directory.get(0).split(";", -1));
        for (String line : directory.subList(1, directory.size())) {
            String[] cells = line.split(";", -1);
            entityOfSite.put(cells[header.indexOf("fi")], cells[header.indexOf("fi_ej")]);
        }
        long sum = 0;
        List<String> activity = Files.readAllLines(input.resolve("activite.csv"), StandardCharsets.UTF_8);
        for (String line : activity.subList(1, activity.size())) {
            String[] cells = line.split(";", -1);
            String entity = entityOfSite.getOrDefault(cells[1], cells[1]);
            if (cells[0].startsWith("2024-") && entity.equals(legalEntity) && cells[2].equals("IMAGERIE") && cells[3].equals("ACTE")) {
                sum += Long.parseLong(cells[4]);
            }
        }
        return sum;
    }
}
