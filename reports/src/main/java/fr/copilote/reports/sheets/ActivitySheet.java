package fr.copilote.reports.sheets;

import static fr.copilote.reports.workbook.SheetWriter.range;

import fr.copilote.model.text.FrenchDates;
import fr.copilote.reports.dashboard.ActivityLine;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.workbook.PrintLayout;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * « Activité »: pathway × establishment × month × type detail of the counted members, streamed row by row (POI
 * SXSSF), so that hundreds of thousands of rows never sit in memory. Totals at the bottom are SUBTOTAL formulas:
 * they follow the filters a controller sets. Past Excel's row limit, the detail continues on « Activité (2) ».
 */
public final class ActivitySheet {

    public static final String NAME = "Activité";
    /** Rows per sheet, below Excel's 1,048,576 with room for the header and the totals. */
    static final int MAX_ROWS = 1_048_000;
    private static final String[] HEADERS = {"Filière", "Établissement", "FINESS", "Mois", "Type d'activité", "Volume", "Recettes",
            "Coûts directs", "Marge"};

    private final DashboardData data;
    private final int rowsPerSheet;

    public ActivitySheet(DashboardData data) {
        this(data, MAX_ROWS);
    }

    ActivitySheet(DashboardData data, int rowsPerSheet) {
        this.data = data;
        this.rowsPerSheet = rowsPerSheet;
    }

    /** Writes the detail; returns the number of rows written. */
    public long write(SXSSFWorkbook workbook, WorkbookStyles styles) {
        Part[] part = {new Part(workbook, styles, NAME)};
        long[] rows = {0};
        int[] parts = {1};
        data.activity().forEach(line -> {
            if (part[0].full()) {
                part[0].finish();
                part[0] = new Part(workbook, styles, NAME + " (" + (++parts[0]) + ")");
            }
            part[0].add(line);
            rows[0]++;
        });
        part[0].finish();
        return rows[0];
    }

    /** One sheet of the detail, with its running totals. */
    private final class Part {
        private final Sheet sheet;
        private final SheetWriter out;
        private int row = 1;
        private BigDecimal volume = BigDecimal.ZERO;
        private BigDecimal revenue = BigDecimal.ZERO;
        private BigDecimal cost = BigDecimal.ZERO;

        Part(SXSSFWorkbook workbook, WorkbookStyles styles, String name) {
            sheet = workbook.createSheet(name);
            out = new SheetWriter(sheet, styles);
            out.widths(30, 40, 12, 10, 32, 12, 16, 16, 16);
            out.headers(0, 0, HEADERS);
            sheet.createFreezePane(0, 1);
        }

        boolean full() {
            return row > rowsPerSheet;
        }

        void add(ActivityLine line) {
            out.text(row, 0, line.pathway().label());
            out.inputText(row, 1, line.entityName());
            out.text(row, 2, line.entity().value());
            out.month(row, 3, line.period().firstDay());
            out.text(row, 4, line.activityType().label());
            out.number(row, 5, line.volume(), Format.INTEGER);
            out.number(row, 6, line.revenueEur(), Format.EURO);
            out.number(row, 7, line.directCostEur(), Format.EURO);
            out.number(row, 8, line.revenueEur().subtract(line.directCostEur()), Format.EURO);
            volume = volume.add(BigDecimal.valueOf(line.volume()));
            revenue = revenue.add(line.revenueEur());
            cost = cost.add(line.directCostEur());
            row++;
        }

        void finish() {
            int last = row - 1;
            if (last >= 1) {
                out.text(row, 0, "Total des lignes affichées (SOUS.TOTAL)", out.styles().totalLabel());
                out.formula(row, 5, "SUBTOTAL(9," + range(5, 1, last) + ")", volume.doubleValue(), Format.INTEGER, true);
                out.formula(row, 6, "SUBTOTAL(9," + range(6, 1, last) + ")", revenue.doubleValue(), Format.EURO, true);
                out.formula(row, 7, "SUBTOTAL(9," + range(7, 1, last) + ")", cost.doubleValue(), Format.EURO, true);
                out.formula(row, 8, "SUBTOTAL(9," + range(8, 1, last) + ")", revenue.subtract(cost).doubleValue(), Format.EURO, true);
                sheet.setAutoFilter(new CellRangeAddress(0, last, 0, HEADERS.length - 1));
            } else {
                out.text(1, 0, "Aucune activité publiée sur les 24 mois lus.", out.styles().note());
            }
            PrintLayout.apply(sheet, data.consolidation().perimeter().name(), "Arrêté au "
                    + data.consolidation().calendar().businessDate().format(FrenchDates.DATE), 0);
        }
    }
}
