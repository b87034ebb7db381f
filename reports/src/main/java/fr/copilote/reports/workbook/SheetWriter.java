package fr.copilote.reports.workbook;

import fr.copilote.model.indicator.Unit;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes cells by row and column with the workbook's styles: real numbers and dates, never numbers as text;
 * text that came from an input file can never become a formula.
 */
public final class SheetWriter {

    /** Bold header text is wider than the body's: room kept on each header line, in characters. */
    private static final int HEADER_PADDING = 2;

    private final Sheet sheet;
    private final WorkbookStyles styles;

    public SheetWriter(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    public Sheet sheet() {
        return sheet;
    }

    public WorkbookStyles styles() {
        return styles;
    }

    private Cell cell(int row, int column, CellStyle style) {
        Row r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        Cell cell = r.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** Text Copilote writes itself: labels, titles. */
    public void text(int row, int column, String value, CellStyle style) {
        cell(row, column, style).setCellValue(value);
    }

    public void text(int row, int column, String value) {
        text(row, column, value, styles.text());
    }

    /**
     * Text that came from an input file. A string cell never computes, but one starting with {@code = + - @},
     * a tab or a carriage return would become a formula if a user edited it or re-saved the sheet as CSV: it is
     * marked quote-prefixed, so that it stays text.
     */
    public void inputText(int row, int column, String value) {
        boolean risky = value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        text(row, column, value == null ? "" : value, risky ? styles.quoted() : styles.text());
    }

    /**
     * Paragraphs one under the other in a wrapped cell, the row made as high as they need: Excel keeps the
     * stored height of a row, it does not fit it to wrapped text on opening.
     */
    public void paragraphs(int row, int column, List<String> paragraphs) {
        text(row, column, String.join("\n", paragraphs), styles.wrapped());
        int width = sheet.getColumnWidth(column) / 256;
        int lines = 0;
        for (String paragraph : paragraphs) {
            lines += wrappedLines(paragraph, width);
        }
        Row r = sheet.getRow(row);
        r.setHeightInPoints(Math.max(r.getHeightInPoints(), Math.max(1, lines) * sheet.getDefaultRowHeightInPoints()));
    }

    /** Text wrapped in its cell, the row made as high as it needs. */
    public void wrapped(int row, int column, String text) {
        paragraphs(row, column, List.of(text));
    }

    public void number(int row, int column, BigDecimal value, Format format) {
        cell(row, column, styles.of(format)).setCellValue(value.doubleValue());
    }

    public void number(int row, int column, double value, Format format) {
        cell(row, column, styles.of(format)).setCellValue(value);
    }

    public void date(int row, int column, LocalDate value) {
        cell(row, column, styles.of(Format.DATE)).setCellValue(value);
    }

    public void dateTime(int row, int column, LocalDateTime value) {
        cell(row, column, styles.of(Format.DATE_TIME)).setCellValue(value);
    }

    public void month(int row, int column, LocalDate firstDay) {
        cell(row, column, styles.of(Format.MONTH)).setCellValue(firstDay);
    }

    /**
     * A formula with the model's value as its cached result: LibreOffice shows cached results without
     * recalculating, Excel recalculates on opening, and a controller can audit the formula.
     */
    public void formula(int row, int column, String formula, double cachedValue, Format format, boolean total) {
        Cell cell = cell(row, column, total ? styles.totalOf(format) : styles.of(format));
        cell.setCellFormula(formula);
        cell.setCellValue(cachedValue);
    }

    /**
     * A header row of wrapped labels, as high as its longest label needs once wrapped in its column; a column
     * narrower than a label's longest word is widened to it, so that no word is cut in two. Set the widths first.
     */
    public void headers(int row, int firstColumn, String... labels) {
        int lines = 1;
        for (int i = 0; i < labels.length; i++) {
            int column = firstColumn + i;
            text(row, column, labels[i], styles.header());
            int longestWord = 0;
            for (String word : labels[i].split(" ")) {
                longestWord = Math.max(longestWord, word.length());
            }
            int width = sheet.getColumnWidth(column) / 256;
            if (longestWord + HEADER_PADDING > width) {
                width = longestWord + HEADER_PADDING;
                sheet.setColumnWidth(column, width * 256);
            }
            lines = Math.max(lines, wrappedLines(labels[i], width - HEADER_PADDING));
        }
        sheet.getRow(row).setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints() + 2);
    }

    /** Lines a label takes when wrapped at word boundaries in {@code width} characters. */
    static int wrappedLines(String label, int width) {
        int lines = 1;
        int used = 0;
        for (String word : label.split(" ")) {
            if (used > 0 && used + 1 + word.length() > width) {
                lines++;
                used = word.length();
            } else {
                used += (used > 0 ? 1 : 0) + word.length();
            }
        }
        return lines;
    }

    /** Column widths in characters: set explicitly, since autosizing is slow and dates show as ### without it. */
    public void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** An A1 reference, absolute or not. */
    public static String ref(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    /** {@code A1:A9}, for a formula over a column of rows first..last (0-based, inclusive). */
    public static String range(int column, int firstRow, int lastRow) {
        return ref(firstRow, column) + ":" + ref(lastRow, column);
    }

    /** The number format of an indicator's unit. */
    public static Format formatOf(Unit unit) {
        return switch (unit) {
            case EURO -> Format.EURO;
            case RATE -> Format.PERCENT;
            case FTE, DAYS -> Format.DECIMAL;
            case COUNT, KILOMETRES -> Format.INTEGER;
        };
    }
}
