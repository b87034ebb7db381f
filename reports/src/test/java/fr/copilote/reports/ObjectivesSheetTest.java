package fr.copilote.reports;

import static fr.copilote.model.indicator.Indicator.*;
import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.objective.Objective;
import fr.copilote.model.objective.ObjectiveDirection;
import fr.copilote.model.objective.ObjectiveResult;
import fr.copilote.model.objective.ObjectiveStatus;
import fr.copilote.model.objective.ProjectionMethod;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The « Objectifs » sheet and the Synthèse's block, read back cell by cell from the written workbook. */
class ObjectivesSheetTest {

    private static final TerritoryCode TERRITORY = new TerritoryCode("STE-ROANNE");
    private static final Finess GONE = new Finess("420002495");

    @TempDir
    Path output;

    private static ObjectiveResult result(Objective objective, ObjectiveStatus status, String current, String projection,
                                          ProjectionMethod method, String gap, String note) {
        return new ObjectiveResult(objective, status, new BigDecimal(current), new BigDecimal(projection), method,
                new BigDecimal(gap), note);
    }

    private XSSFWorkbook written(DashboardData data) throws IOException {
        Path file = new TerritoryWorkbookWriter().write(data, output);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static DashboardData withObjectives(List<ObjectiveResult> objectives) {
        DashboardData data = DashboardFixture.data();
        return new DashboardData(data.consolidation(), data.entityNames(), data.conventions(), data.activity(), data.receipt(),
                data.entitiesNamedFromSites(), objectives);
    }

    @Test
    void eachObjectiveIsOneRowWithItsFiguresMethodGapAndStatus() throws IOException {
        Objective stays = new Objective(TERRITORY, CarePathway.CHIRURGIE_ANESTHESIE, ACTIVITY_VOLUME, ActivityType.SEJOUR_HC, null,
                null, 2024, new BigDecimal("1000"), null);
        Objective margin = new Objective(TERRITORY, null, MARGIN_RATE, null, DashboardFixture.CHU, DashboardFixture.CHU, 2024,
                new BigDecimal("0.1"), ObjectiveDirection.HAUSSE);
        Objective gone = new Objective(TERRITORY, null, ACTIVITY_REVENUE, null, GONE, GONE, 2024, new BigDecimal("5000"), null);
        XSSFWorkbook workbook = written(withObjectives(List.of(
                result(stays, ObjectiveStatus.ATTEINT, "1200", "1200", ProjectionMethod.SEASONAL, "200", null),
                result(margin, ObjectiveStatus.EN_RETARD, "0.08", "0.08", ProjectionMethod.CURRENT_RATE, "-0.02", null),
                new ObjectiveResult(gone, ObjectiveStatus.SORTI_DU_TERRITOIRE, null, null, null, null, "n'est plus membre"))));

        Sheet sheet = workbook.getSheet("Objectifs");
        assertThat(workbook.getSheetIndex(sheet)).as("right after the Synthèse").isEqualTo(1);
        Row first = sheet.getRow(4);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Chirurgie et anesthésie");
        assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Volume d'activité");
        assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Séjours en hospitalisation complète");
        assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Territoire (établissements comptés)");
        assertThat(first.getCell(5).getStringCellValue()).isEqualTo("à la hausse (au moins la cible)");
        assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(1000);
        assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(1200);
        assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(1200);
        assertThat(first.getCell(9).getStringCellValue()).startsWith("saisonnalité N-1");
        assertThat(first.getCell(10).getCellFormula()).isEqualTo("I5-G5");
        assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(200);
        assertThat(first.getCell(11).getStringCellValue()).isEqualTo("atteint");

        Row second = sheet.getRow(5);
        assertThat(second.getCell(0).getStringCellValue()).isEqualTo("Toutes filières");
        assertThat(second.getCell(3).getStringCellValue()).isEqualTo("CHU DE SAINT-ETIENNE (FINESS 420784878)");
        assertThat(second.getCell(6).getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.PERCENT);
        assertThat(second.getCell(10).getNumericCellValue()).isEqualTo(-0.02);
        assertThat(second.getCell(11).getStringCellValue()).isEqualTo("en retard");

        Row third = sheet.getRow(6);
        assertThat(third.getCell(7)).as("not judged: no figure shown").isNull();
        assertThat(third.getCell(11).getStringCellValue()).isEqualTo("établissement sorti du territoire");
        assertThat(third.getCell(12).getStringCellValue()).isEqualTo("n'est plus membre");

        var formatting = sheet.getSheetConditionalFormatting();
        assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
        var statuses = formatting.getConditionalFormattingAt(0);
        assertThat(statuses.getFormattingRanges()[0].formatAsString()).isEqualTo("L5:L7");
        assertThat(statuses.getRule(0).getFormula1()).isEqualTo("$L5=\"atteint\"");
        assertThat(statuses.getRule(0).getFontFormatting().isBold()).as("grey print: bold, not colour alone").isTrue();
        assertThat(statuses.getRule(1).getFormula1()).isEqualTo("$L5=\"en bonne voie\"");
        assertThat(statuses.getRule(1).getPatternFormatting().getFillPattern()).isNotEqualTo((short) 1).as("a pattern, not a plain fill");
        assertThat(statuses.getRule(2).getBorderFormatting().getBorderTop()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THICK);

        Sheet summary = workbook.getSheet("Synthèse");
        int block = rowOf(summary, "Objectifs du projet médical partagé (2024)");
        assertThat(summary.getRow(block + 2).getCell(0).getStringCellValue()).isEqualTo("atteint");
        assertThat(summary.getRow(block + 2).getCell(1).getNumericCellValue()).isEqualTo(1);
        assertThat(summary.getRow(block + 3).getCell(0).getStringCellValue()).isEqualTo("en bonne voie");
        assertThat(summary.getRow(block + 3).getCell(1).getNumericCellValue()).isZero();
        assertThat(summary.getRow(block + 4).getCell(1).getNumericCellValue()).as("en retard").isEqualTo(1);
        assertThat(summary.getRow(block + 5).getCell(0).getStringCellValue()).isEqualTo("établissement sorti du territoire");
    }

    @Test
    void withoutObjectivesTheSheetSaysSoInWords() throws IOException {
        XSSFWorkbook workbook = written(DashboardFixture.data());

        assertThat(workbook.getSheet("Objectifs").getRow(3).getCell(0).getStringCellValue())
                .isEqualTo("Aucun objectif publié pour ce territoire : objectifs.csv, facultatif, est absent du dossier d'entrée "
                        + "ou ne porte aucune ligne pour STE-ROANNE.");
        Sheet summary = workbook.getSheet("Synthèse");
        assertThat(summary.getRow(rowOf(summary, "Objectifs du projet médical partagé (2024)") + 1).getCell(0).getStringCellValue())
                .isEqualTo("Aucun objectif publié pour ce territoire : voir la feuille « Objectifs ».");
    }

    private static int rowOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals(label)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row « " + label + " » in " + sheet.getSheetName());
    }
}
