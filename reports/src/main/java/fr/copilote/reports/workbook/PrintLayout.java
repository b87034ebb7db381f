package fr.copilote.reports.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Print-ready sheets: A4 landscape, one page wide, header rows repeated, territory and page in the margins. */
public final class PrintLayout {

    private PrintLayout() {
    }

    /**
     * @param headerRows rows repeated at the top of every printed page (0-based, inclusive), or -1 for none
     */
    public static void apply(Sheet sheet, String territory, String period, int headerRows) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        if (headerRows >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows, -1, -1));
        }
        sheet.getHeader().setLeft("Copilote — " + literal(territory));
        sheet.getHeader().setRight(literal(period));
        sheet.getFooter().setLeft(literal(sheet.getSheetName()));
        sheet.getFooter().setRight("Page &P / &N");
    }

    /**
     * A text shown as written in a print margin, where « & » opens a field code: « Loire & Rhône » would print
     * « Loire hône » (« &R » moves to the right section). « && » is the literal ampersand.
     */
    static String literal(String text) {
        return text.replace("&", "&&");
    }
}
