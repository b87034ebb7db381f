package fr.copilote.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PrintLayoutTest {

    @Test
    void anAmpersandInTheTerritoryNameIsPrintedAsWrittenNotReadAsAFieldCode() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Synthèse");

            PrintLayout.apply(sheet, "GHT Loire & Rhône", "décembre 2024", 0);

            assertThat(sheet.getHeader().getLeft()).isEqualTo("Copilote — GHT Loire && Rhône");
            assertThat(sheet.getHeader().getRight()).isEqualTo("décembre 2024");
            assertThat(sheet.getFooter().getRight()).as("page fields stay fields").isEqualTo("Page &P / &N");
        }
    }
}
