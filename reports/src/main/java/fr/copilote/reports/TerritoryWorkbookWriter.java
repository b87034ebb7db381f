package fr.copilote.reports;

import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.files.AtomicFile;
import fr.copilote.reports.summary.SummarySheet;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes one territory's workbook into the output folder, named {@code <territory_code>_<yyyy-MM-dd>.xlsx}. */
public final class TerritoryWorkbookWriter {

    public Path write(TerritoryConsolidation consolidation, Path outputFolder) {
        Path target = outputFolder.resolve(fileName(consolidation));
        return AtomicFile.write(target, out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                WorkbookStyles styles = new WorkbookStyles(workbook);
                new SummarySheet(consolidation).write(workbook, styles);
                workbook.setForceFormulaRecalculation(true);
                workbook.write(out);
            }
        });
    }

    /** Stable and sortable: territory code, then the business date. */
    public static String fileName(TerritoryConsolidation consolidation) {
        return consolidation.perimeter().code().value() + "_" + consolidation.calendar().businessDate() + ".xlsx";
    }
}
