package fr.copilote.scheduler.support;

import fr.copilote.reports.testing.Workbooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Two runs' workbooks compared cell for cell: every sheet, every cell's type, value (a formula's text and its cached
 * result) and number format. Left out are only what names the run rather than the figures: the execution number
 * wherever a text gives it (« … de l'exécution n° 2 »), and on the Sources sheet the execution, when the workbook was
 * written and when each input file was imported.
 */
public final class WorkbookComparison {

    private static final String SOURCES = "Sources";
    private static final Set<String> RUN_LABELS = Set.of("Exécution n°", "Généré le");
    private static final String IMPORTED_AT = "Importé le";
    private static final Pattern EXECUTION_NUMBER = Pattern.compile("(?i)(exécution n° )\\d+");

    /** How many cells were compared, and each difference found (at most a hundred are listed). */
    public record Result(long cellsCompared, List<String> differences) {
    }

    private WorkbookComparison() {
    }

    /** Every {@code .xlsx} of the expected folder against the file of the same name in the actual one. */
    public static Result compareFolders(Path expected, Path actual) throws IOException {
        Set<String> expectedNames = xlsx(expected);
        Set<String> actualNames = xlsx(actual);
        List<String> differences = new ArrayList<>();
        if (!expectedNames.equals(actualNames)) {
            differences.add("classeurs attendus " + expectedNames + ", trouvés " + actualNames);
        }
        long cells = 0;
        for (String name : expectedNames) {
            if (actualNames.contains(name)) {
                Result one = compare(expected.resolve(name), actual.resolve(name));
                cells += one.cellsCompared();
                one.differences().forEach(d -> differences.add(name + " " + d));
            }
        }
        return new Result(cells, differences);
    }

    public static Result compare(Path expected, Path actual) {
        try (XSSFWorkbook a = Workbooks.open(expected); XSSFWorkbook b = Workbooks.open(actual)) {
            List<String> differences = new ArrayList<>();
            long cells = 0;
            List<String> sheetsA = sheetNames(a);
            if (!sheetsA.equals(sheetNames(b))) {
                differences.add("feuilles " + sheetsA + " ≠ " + sheetNames(b));
                return new Result(0, differences);
            }
            for (String name : sheetsA) {
                cells += compare(a.getSheet(name), b.getSheet(name), differences);
            }
            return new Result(cells, differences);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long compare(Sheet a, Sheet b, List<String> differences) {
        long cells = 0;
        int importedAtColumn = -1;
        int lastRow = Math.max(a.getLastRowNum(), b.getLastRowNum());
        for (int r = 0; r <= lastRow; r++) {
            Row rowA = a.getRow(r);
            Row rowB = b.getRow(r);
            int lastCell = Math.max(rowA == null ? 0 : rowA.getLastCellNum(), rowB == null ? 0 : rowB.getLastCellNum());
            if (a.getSheetName().equals(SOURCES) && rowA != null) {
                importedAtColumn = Math.max(importedAtColumn, columnOf(rowA, IMPORTED_AT));
            }
            boolean runRow = a.getSheetName().equals(SOURCES) && rowA != null && RUN_LABELS.contains(text(rowA.getCell(0)));
            for (int c = 0; c < lastCell; c++) {
                if ((runRow && c == 1) || (importedAtColumn >= 0 && c == importedAtColumn && r > 0)) {
                    continue;
                }
                String valueA = describe(rowA == null ? null : rowA.getCell(c));
                String valueB = describe(rowB == null ? null : rowB.getCell(c));
                cells++;
                if (!Objects.equals(valueA, valueB) && differences.size() < 100) {
                    differences.add(a.getSheetName() + "!" + new CellReference(r, c).formatAsString(false) + " : attendu « " + valueA
                            + " », trouvé « " + valueB + " »");
                }
            }
        }
        return cells;
    }

    private static int columnOf(Row row, String header) {
        for (Cell cell : row) {
            if (header.equals(text(cell))) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    private static String text(Cell cell) {
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
    }

    private static String describe(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        String format = cell.getCellStyle().getDataFormatString();
        return switch (cell.getCellType()) {
            case FORMULA -> "=" + cell.getCellFormula() + " → " + cached(cell) + " [" + format + "]";
            case NUMERIC -> cell.getNumericCellValue() + " [" + format + "]";
            case STRING -> EXECUTION_NUMBER.matcher(cell.getStringCellValue()).replaceAll("$1…");
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> "#" + cell.getErrorCellValue();
            default -> cell.toString();
        };
    }

    private static String cached(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Set<String> xlsx(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xlsx") && !n.startsWith("."))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }
}
