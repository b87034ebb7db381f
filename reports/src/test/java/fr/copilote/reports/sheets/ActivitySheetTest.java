package fr.copilote.reports.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.reports.dashboard.ActivityLine;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.dashboard.RunReceipt;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ActivitySheetTest {

    @Test
    void pastTheRowLimitTheDetailGoesOnInANumberedSheetWithItsOwnTotals() throws IOException {
        TerritoryConsolidation consolidation = new TerritoryConsolidation(new TerritoryPerimeter(new TerritoryCode("T"), "T", List.of(),
                false), new ReportingCalendar(LocalDate.of(2024, 12, 31), Period.of(2024, 12)), List.of());
        DashboardData data = new DashboardData(consolidation, Map.of(), List.of(), row -> {
            for (int i = 1; i <= 7; i++) {
                row.accept(new ActivityLine(CarePathway.MEDECINE, new Finess("420784878"), "CHU", Period.of(2024, i),
                        ActivityType.CONSULTATION, i, BigDecimal.TEN, BigDecimal.ONE));
            }
        }, new RunReceipt(1, Map.of(), List.of(), List.of(), 2023, "test", LocalDateTime.now()));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 10)) {
            long rows = new ActivitySheet(data, 3).write(workbook, new WorkbookStyles(workbook));
            assertThat(rows).isEqualTo(7);
            workbook.write(bytes);
            workbook.dispose();
        }

        try (XSSFWorkbook reopened = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(reopened.getSheet("Activité").getRow(4).getCell(5).getNumericCellValue()).as("1 + 2 + 3").isEqualTo(6);
            assertThat(reopened.getSheet("Activité (2)").getRow(4).getCell(5).getCellFormula()).isEqualTo("SUBTOTAL(9,F2:F4)");
            assertThat(reopened.getSheet("Activité (3)").getRow(1).getCell(5).getNumericCellValue()).isEqualTo(7);
            assertThat(reopened.getSheet("Activité").getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(reopened.getSheet("Activité").getRow(1).getCell(3).getCellStyle().getDataFormatString())
                    .isEqualTo(WorkbookStyles.MONTH);
        }
    }
}
