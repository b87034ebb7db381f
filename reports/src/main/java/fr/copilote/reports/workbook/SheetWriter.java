package fr.copilote.reports.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes cells by row and column with the workbook's styles: real numbers and dates, never numbers as text. */
public final class SheetWriter {

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

    public void text(int row, int column, String value, CellStyle style) {
        cell(row, column, style).setCellValue(value);
    }

    public void text(int row, int column, String value) {
        text(row, column, value, styles.text());
    }

    public void number(int row, int column, BigDecimal value, CellStyle style) {
        cell(row, column, style).setCellValue(value.doubleValue());
    }

    public void number(int row, int column, double value, CellStyle style) {
        cell(row, column, style).setCellValue(value);
    }

    public void date(int row, int column, LocalDate value) {
        cell(row, column, styles.date()).setCellValue(value);
    }

    /**
     * A formula with the model's value as its cached result: LibreOffice shows cached results without
     * recalculating, and a controller can still audit the formula.
     */
    public void formula(int row, int column, String formula, double cachedValue, CellStyle style) {
        Cell cell = cell(row, column, style);
        cell.setCellFormula(formula);
        cell.setCellValue(cachedValue);
    }

    public void headers(int row, CellStyle style, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            text(row, i, labels[i], style);
        }
    }

    /** Column widths in characters: set explicitly, since autosizing is slow and dates show as ### without it. */
    public void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }
}
