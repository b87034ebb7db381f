package fr.copilote.reports.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of every Copilote workbook. Formats are stored as locale-independent codes
 * ({@code #,##0}); Excel and LibreOffice display them with the reader's French separators (« 1 234,50 € »).
 */
public final class WorkbookStyles {

    public static final String INTEGER = "#,##0";
    public static final String DECIMAL = "#,##0.00";
    public static final String EURO = "#,##0.00 \"€\"";
    public static final String PERCENT = "0.0%";
    public static final String DATE = "dd/mm/yyyy";

    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle euro;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle totalLabel;
    private final CellStyle totalInteger;
    private final CellStyle totalDecimal;

    public WorkbookStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(bold);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        integer = numeric(workbook, formats, INTEGER, null);
        decimal = numeric(workbook, formats, DECIMAL, null);
        euro = numeric(workbook, formats, EURO, null);
        percent = numeric(workbook, formats, PERCENT, null);
        date = numeric(workbook, formats, DATE, null);
        totalLabel = workbook.createCellStyle();
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);
        totalInteger = numeric(workbook, formats, INTEGER, bold);
        totalDecimal = numeric(workbook, formats, DECIMAL, bold);
    }

    private static CellStyle numeric(Workbook workbook, DataFormat formats, String format, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        if (font != null) {
            style.setFont(font);
            style.setBorderTop(BorderStyle.THIN);
        }
        return style;
    }

    public CellStyle title() { return title; }
    public CellStyle subtitle() { return subtitle; }
    public CellStyle header() { return header; }
    public CellStyle text() { return text; }
    public CellStyle integer() { return integer; }
    public CellStyle decimal() { return decimal; }
    public CellStyle euro() { return euro; }
    public CellStyle percent() { return percent; }
    public CellStyle date() { return date; }
    public CellStyle totalLabel() { return totalLabel; }
    public CellStyle totalInteger() { return totalInteger; }
    public CellStyle totalDecimal() { return totalDecimal; }
}
