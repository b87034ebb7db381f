package fr.copilote.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetWriterTest {

    @Test
    void headerRowIsAsHighAsItsLongestLabelWrappedInItsColumn() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Feuille");
            SheetWriter out = new SheetWriter(sheet, new WorkbookStyles(workbook));
            out.widths(12, 40);

            out.headers(0, 0, "Séjours HC par ETP médical", "Établissement");

            // "Séjours HC" / "par ETP" / "médical" in 10 usable characters: three lines
            assertThat(sheet.getRow(0).getHeightInPoints()).isEqualTo(3 * sheet.getDefaultRowHeightInPoints() + 2);
        }
    }

    @Test
    void headersWidenAColumnNarrowerThanALabelsLongestWord() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Feuille");
            SheetWriter out = new SheetWriter(sheet, new WorkbookStyles(workbook));
            out.widths(6);

            out.headers(0, 0, "Séparateur");

            assertThat(sheet.getColumnWidth(0)).isEqualTo(("Séparateur".length() + 2) * 256);
        }
    }

    @Test
    void paragraphsStackInOneWrappedCellAndRaiseTheRow() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Feuille");
            SheetWriter out = new SheetWriter(sheet, new WorkbookStyles(workbook));
            out.widths(20);

            out.paragraphs(0, 0, List.of("PERIODE (2 lignes)", "NOMBRE_NEGATIF (1 ligne), ex. : « -4 » est négatif"));

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("PERIODE (2 lignes)\nNOMBRE_NEGATIF (1 ligne), ex. : « -4 » est négatif");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(0).getHeightInPoints()).isEqualTo(4 * sheet.getDefaultRowHeightInPoints());
        }
    }

    @Test
    void wrappedLinesBreakAtWordsOnly() {
        assertThat(SheetWriter.wrappedLines("Taux de rejet", 20)).isEqualTo(1);
        assertThat(SheetWriter.wrappedLines("Taux de rejet", 8)).isEqualTo(2);
        assertThat(SheetWriter.wrappedLines("Remboursements", 4)).isEqualTo(1);
    }
}
