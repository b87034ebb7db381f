package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.model.indicator.PeriodScope.AT_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.statistics.OfficialYears;
import fr.copilote.model.statistics.StatisticSource;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * « Capacités et SAE » re-opened cell by cell. CHU (support) and Roanne (member) are counted, the clinic (partner)
 * is not. SAE MCO 2023: beds 1 450 / 329 / 90, days 400 000 / 90 000, bed-days 500 000 / 120 000; 2022: beds
 * 1 500 / 330. The CHU sent the 12 months of 2023: 56 000 MCO stays against 50 000 in the SAE (+12 %), 98 000
 * passages against 100 000 (−2 %); Roanne sent 8 months.
 */
class CapacitySheetTest {

    private static final Finess CHU = new Finess("420784878");
    private static final Finess ROANNE = new Finess("420780033");
    private static final Finess CLINIC = new Finess("420011405");

    @Test
    void headersSayTheBaseAndYearAndTotalsCountTheMembersOnly() throws IOException {
        try (XSSFWorkbook workbook = write(new BigDecimal("0.10"))) {
            Sheet sheet = workbook.getSheet(CapacitySheet.NAME);
            Row header = rowStartingWith(sheet, "Établissement (entité juridique)", 0);
            int beds = column(header, "Lits MCO (SAE MCO 2023)");
            assertThat(cell(sheet, "CHU DE SAINT-ETIENNE", 0, beds).getNumericCellValue()).isEqualTo(1450);
            assertThat(cell(sheet, "CLINIQUE", 0, beds).getNumericCellValue()).isEqualTo(90);
            Cell total = cell(sheet, "Total du territoire (établissements comptés)", 0, beds);
            assertThat(total.getCellFormula()).startsWith("SUMIF(");
            // 1 450 + 329, the partner's 90 left out.
            assertThat(total.getNumericCellValue()).isEqualTo(1779);
            assertThat(evaluate(workbook, total)).isEqualTo(1779);
            assertThat(column(header, "Passages aux urgences (SAE Urgences 2023)")).isPositive();
            assertThat(column(header, "Lits SSR (SAE SSR : aucune base chargée)")).isPositive();
        }
    }

    @Test
    void occupancyRateIsAFormulaOfDaysOverBedDaysAndTheTotalARatioOfSums() throws IOException {
        try (XSSFWorkbook workbook = write(new BigDecimal("0.10"))) {
            Sheet sheet = workbook.getSheet(CapacitySheet.NAME);
            int rate = column(rowStartingWith(sheet, "Établissement (entité juridique)", 0), "Taux d'occupation MCO (SAE MCO 2023)");
            Cell roanne = cell(sheet, "CH DE ROANNE", 0, rate);
            // 90 000 ÷ 120 000 = 75 %.
            assertThat(roanne.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(evaluate(workbook, roanne)).isEqualTo(0.75);
            assertThat(roanne.getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.PERCENT);
            // (400 000 + 90 000) ÷ (500 000 + 120 000) = 0.790323.
            Cell total = cell(sheet, "Total du territoire (établissements comptés)", 0, rate);
            assertThat(total.getNumericCellValue()).isEqualTo(0.790323);
            assertThat(evaluate(workbook, total)).isCloseTo(0.790323, within(0.000001));
        }
    }

    @Test
    void thePreviousYearHasItsOwnTableWithItsYearInTheHeaders() throws IOException {
        try (XSSFWorkbook workbook = write(new BigDecimal("0.10"))) {
            Sheet sheet = workbook.getSheet(CapacitySheet.NAME);
            Row previousHeader = rowStartingWith(sheet, "Établissement (entité juridique)", 1);
            int beds = column(previousHeader, "Lits MCO (SAE MCO 2022)");
            Row total = rowStartingWith(sheet, "Total du territoire (établissements comptés)", 1);
            // 1 500 + 330.
            assertThat(total.getCell(beds).getNumericCellValue()).isEqualTo(1830);
            assertThat(total.getRowNum()).isGreaterThan(previousHeader.getRowNum());
        }
    }

    @Test
    void declaredActivityAgainstTheSaeWithTheGapFlaggedBeyondTheThreshold() throws IOException {
        try (XSSFWorkbook workbook = write(new BigDecimal("0.10"))) {
            Sheet sheet = workbook.getSheet(CapacitySheet.NAME);
            Row stays = rowWith(sheet, "CHU DE SAINT-ETIENNE", "Séjours HC (MCO)");
            assertThat(stays.getCell(5).getNumericCellValue()).isEqualTo(56_000);
            assertThat(stays.getCell(6).getNumericCellValue()).isEqualTo(50_000);
            assertThat(evaluate(workbook, stays.getCell(8))).isCloseTo(0.12, within(1e-9));
            assertThat(stays.getCell(10).getStringCellValue()).isEqualTo("Écart de plus de 10 %");
            Row passages = rowWith(sheet, "CHU DE SAINT-ETIENNE", "Passages aux urgences");
            assertThat(evaluate(workbook, passages.getCell(8))).isCloseTo(-0.02, within(1e-9));
            assertThat(passages.getCell(10).getStringCellValue()).isEmpty();
            Row roanne = rowWith(sheet, "CH DE ROANNE", "Séjours HC (MCO)");
            assertThat(roanne.getCell(5).getStringCellValue()).isEqualTo("année incomplète (8 mois sur 12)");
            assertThat(roanne.getCell(9).getStringCellValue()).isEqualTo("Non");
            Row total = rowWith(sheet, "Total du territoire (comptés et comparés)", "Séjours HC (MCO)");
            assertThat(total.getCell(5).getCellFormula()).startsWith("SUMIFS(");
            assertThat(evaluate(workbook, total.getCell(5))).isEqualTo(56_000);
            assertThat(evaluate(workbook, total.getCell(6))).isEqualTo(50_000);
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(0.12);
            assertThat(total.getCell(8).getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.PERCENT);
        }
    }

    @Test
    void aHigherThresholdFlagsNothing() throws IOException {
        try (XSSFWorkbook workbook = write(new BigDecimal("0.15"))) {
            Row stays = rowWith(workbook.getSheet(CapacitySheet.NAME), "CHU DE SAINT-ETIENNE", "Séjours HC (MCO)");
            assertThat(stays.getCell(10).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void withoutAnySaeBaseTheSheetSaysSoInWords() throws IOException {
        TerritoryConsolidation empty = new TerritoryConsolidation(perimeter(), calendar(), List.of());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new CapacitySheet(empty, new Figures(empty.values()), new BigDecimal("0.10")).write(workbook, new WorkbookStyles(workbook));
            Sheet sheet = workbook.getSheet(CapacitySheet.NAME);
            assertThat(rowStartingWith(sheet, "Aucun chiffre SAE pour les établissements du territoire", 0)).isNotNull();
            assertThat(rowStartingWith(sheet, "Aucune base SAE de l'année précédente", 0)).isNotNull();
            assertThat(rowStartingWith(sheet, "Aucune comparaison possible", 0)).isNotNull();
        }
    }

    private static XSSFWorkbook write(BigDecimal threshold) throws IOException {
        TerritoryConsolidation consolidation = new TerritoryConsolidation(perimeter(), calendar(), values(),
                new OfficialYears(Map.of(StatisticSource.SAE_MCO, 2023, StatisticSource.SAE_URGENCES, 2023)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new CapacitySheet(consolidation, new Figures(consolidation.values()), threshold).write(workbook, new WorkbookStyles(workbook));
            workbook.write(bytes);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static TerritoryPerimeter perimeter() {
        return new TerritoryPerimeter(new TerritoryCode("STE-ROANNE"), "Saint-Étienne – Roanne", List.of(
                new TerritoryMember(CHU, "CHU DE SAINT-ETIENNE", MembershipRole.SUPPORT),
                new TerritoryMember(ROANNE, "CH DE ROANNE", MembershipRole.MEMBER),
                new TerritoryMember(CLINIC, "CLINIQUE", MembershipRole.PARTNER)), false);
    }

    private static ReportingCalendar calendar() {
        return new ReportingCalendar(LocalDate.of(2024, 12, 31), Period.of(2024, 12));
    }

    private static List<IndicatorValue> values() {
        List<IndicatorValue> values = new ArrayList<>();
        sae(values, SAE_MCO_BEDS, "2023", 1450, 329, 90, 1779);
        sae(values, SAE_MCO_DAYS, "2023", 400_000, 90_000, null, 490_000);
        sae(values, SAE_MCO_BED_DAYS, "2023", 500_000, 120_000, null, 620_000);
        values.add(IndicatorKey.of(SAE_MCO_OCCUPANCY_RATE, AT_DATE).entity(CHU).detail("2023").is(new BigDecimal("0.8")));
        values.add(IndicatorKey.of(SAE_MCO_OCCUPANCY_RATE, AT_DATE).entity(ROANNE).detail("2023").is(new BigDecimal("0.75")));
        values.add(IndicatorKey.of(SAE_MCO_OCCUPANCY_RATE, AT_DATE).detail("2023").is(new BigDecimal("0.790323")));
        sae(values, SAE_MCO_BEDS, "2022", 1500, 330, null, 1830);
        sae(values, SAE_MCO_STAYS, "2023", 50_000, 16_000, null, 66_000);
        sae(values, SAE_EMERGENCY_PASSAGES, "2023", 100_000, null, null, 100_000);
        values.add(IndicatorKey.of(DECLARED_MONTHS, AT_DATE).entity(CHU).detail("2023").is(12));
        values.add(IndicatorKey.of(DECLARED_MONTHS, AT_DATE).entity(ROANNE).detail("2023").is(8));
        IndicatorKey stays = IndicatorKey.of(DECLARED_FOR_SAE, AT_DATE).activityType(ActivityType.SEJOUR_HC).detail("2023");
        values.add(stays.entity(CHU).is(56_000));
        values.add(stays.as(SAE_COHERENCE_GAP).entity(CHU).is(new BigDecimal("0.12")));
        values.add(stays.is(56_000));
        values.add(stays.as(SAE_COHERENCE_GAP).is(new BigDecimal("0.12")));
        IndicatorKey passages = IndicatorKey.of(DECLARED_FOR_SAE, AT_DATE).activityType(ActivityType.PASSAGE_URGENCES).detail("2023");
        values.add(passages.entity(CHU).is(98_000));
        values.add(passages.as(SAE_COHERENCE_GAP).entity(CHU).is(new BigDecimal("-0.02")));
        values.add(passages.is(98_000));
        values.add(passages.as(SAE_COHERENCE_GAP).is(new BigDecimal("-0.02")));
        return values;
    }

    private static void sae(List<IndicatorValue> values, Indicator indicator, String year, Integer chu, Integer roanne,
                            Integer clinic, int territory) {
        IndicatorKey key = IndicatorKey.of(indicator, AT_DATE).detail(year);
        if (chu != null) {
            values.add(key.entity(CHU).is(chu));
        }
        if (roanne != null) {
            values.add(key.entity(ROANNE).is(roanne));
        }
        if (clinic != null) {
            values.add(key.entity(CLINIC).is(clinic));
        }
        values.add(key.is(territory));
    }

    private static double evaluate(XSSFWorkbook workbook, Cell cell) {
        XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        return evaluator.evaluate(cell).getNumberValue();
    }

    /** The {@code occurrence}-th row (0 for the first) whose first cell is the text. */
    private static Row rowStartingWith(Sheet sheet, String text, int occurrence) {
        int seen = 0;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().startsWith(text) && seen++ == occurrence) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + text);
    }

    private static Row rowWith(Sheet sheet, String first, String second) {
        for (Row row : sheet) {
            Cell a = row.getCell(0);
            Cell b = row.getCell(1);
            if (a != null && b != null && a.getCellType() == CellType.STRING && b.getCellType() == CellType.STRING
                    && a.getStringCellValue().equals(first) && b.getStringCellValue().equals(second)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " / " + second);
    }

    private static Cell cell(Sheet sheet, String rowLabel, int occurrence, int column) {
        return rowStartingWith(sheet, rowLabel, occurrence).getCell(column);
    }

    private static int column(Row header, String label) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(label)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label);
    }
}
