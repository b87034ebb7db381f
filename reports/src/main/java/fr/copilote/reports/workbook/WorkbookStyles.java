package fr.copilote.reports.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of every Copilote workbook, created once per workbook. Formats are stored as
 * locale-independent codes ({@code #,##0}); Excel and LibreOffice display them with the reader's French
 * separators (« 1 234,50 € »).
 */
public final class WorkbookStyles {

    public static final String INTEGER = "#,##0";
    public static final String DECIMAL = "#,##0.00";
    public static final String EURO = "#,##0.00 \"€\"";
    public static final String PERCENT = "0.0%";
    /** A change between two rates, in percentage points, signed: « +2,5 pt ». */
    public static final String POINTS = "+0.0\" pt\";-0.0\" pt\";0.0\" pt\"";
    public static final String DATE = "dd/mm/yyyy";
    public static final String MONTH = "mm/yyyy";
    public static final String DATE_TIME = "dd/mm/yyyy hh:mm:ss";

    /** The number formats a cell can take, with a plain and a bold (total) variant each. */
    public enum Format {
        INTEGER(WorkbookStyles.INTEGER, 14), DECIMAL(WorkbookStyles.DECIMAL, 14), EURO(WorkbookStyles.EURO, 22),
        PERCENT(WorkbookStyles.PERCENT, 11), POINTS(WorkbookStyles.POINTS, 11), DATE(WorkbookStyles.DATE, 12), MONTH(WorkbookStyles.MONTH, 10),
        DATE_TIME(WorkbookStyles.DATE_TIME, 20);

        private final String code;
        private final int width;

        Format(String code, int width) {
            this.code = code;
            this.width = width;
        }

        public String code() {
            return code;
        }

        /**
         * Column width, in characters, that shows a territory's total in bold without « ### »: up to
         * 999 999 999 999 units, or « 99 999 999 999,99 € » for amounts (a CHU's revenue runs to billions).
         */
        public int width() {
            return width;
        }
    }

    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle note;
    private final CellStyle quoted;
    private final CellStyle totalLabel;
    private final CellStyle[] plain = new CellStyle[Format.values().length];
    private final CellStyle[] total = new CellStyle[Format.values().length];

    public WorkbookStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font grey = workbook.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
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
        header.setVerticalAlignment(VerticalAlignment.TOP);
        // Table cells align at the top, like the wrapped ones beside them (quality reasons, definitions).
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        note = workbook.createCellStyle();
        note.setFont(grey);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        quoted.setVerticalAlignment(VerticalAlignment.TOP);
        totalLabel = workbook.createCellStyle();
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);
        for (Format format : Format.values()) {
            plain[format.ordinal()] = workbook.createCellStyle();
            plain[format.ordinal()].setDataFormat(formats.getFormat(format.code()));
            plain[format.ordinal()].setVerticalAlignment(VerticalAlignment.TOP);
            total[format.ordinal()] = workbook.createCellStyle();
            total[format.ordinal()].setDataFormat(formats.getFormat(format.code()));
            total[format.ordinal()].setFont(bold);
            total[format.ordinal()].setBorderTop(BorderStyle.THIN);
        }
    }

    public CellStyle title() { return title; }
    public CellStyle subtitle() { return subtitle; }
    public CellStyle header() { return header; }
    public CellStyle text() { return text; }
    public CellStyle wrapped() { return wrapped; }
    public CellStyle note() { return note; }
    /** Text from an input file that would look like a formula: shown as text, and stays text if edited. */
    public CellStyle quoted() { return quoted; }
    public CellStyle totalLabel() { return totalLabel; }

    public CellStyle of(Format format) {
        return plain[format.ordinal()];
    }

    public CellStyle totalOf(Format format) {
        return total[format.ordinal()];
    }
}
