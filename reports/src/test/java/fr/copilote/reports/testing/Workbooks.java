package fr.copilote.reports.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Re-opens a written workbook the way a user would, with POI, to check what it shows. */
public final class Workbooks {

    private Workbooks() {
    }

    public static XSSFWorkbook open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row whose first cell reads exactly {@code label}. */
    public static Optional<Row> rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The first row with {@code value} in the given column. */
    public static Optional<Row> rowWith(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** A numeric cell's value (cached value for formulas), failing if the cell is text. */
    public static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell.getNumericCellValue();
    }
}
