package fr.copilote.reports.sheets;

import static fr.copilote.reports.workbook.SheetWriter.ref;

import fr.copilote.model.indicator.Unit;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;

/**
 * The change between a figure and its N-1, as formulas over the two cells: a relative change for volumes and
 * amounts, a difference in percentage points for rates (a rate going from 40 % to 50 % is « +10 pt », not
 * « +25 % », the percent of a percent a steering committee would misread).
 */
final class Changes {

    private Changes() {
    }

    /** (now − before) ÷ before, left empty when there is nothing to compare with. */
    static void relative(SheetWriter out, int row, int column, int nowColumn, int beforeColumn, double now, double before) {
        if (before != 0) {
            out.formula(row, column, "(" + ref(row, nowColumn) + "-" + ref(row, beforeColumn) + ")/" + ref(row, beforeColumn),
                    (now - before) / before, Format.PERCENT, false);
        }
    }

    /** (now − before) × 100, in points. */
    static void points(SheetWriter out, int row, int column, int nowColumn, int beforeColumn, double now, double before) {
        out.formula(row, column, "(" + ref(row, nowColumn) + "-" + ref(row, beforeColumn) + ")*100", (now - before) * 100,
                Format.POINTS, false);
    }

    /** The difference now − before in the figure's own unit. */
    static void difference(SheetWriter out, int row, int column, int nowColumn, int beforeColumn, double now, double before,
                           Format format) {
        out.formula(row, column, ref(row, nowColumn) + "-" + ref(row, beforeColumn), now - before, format, false);
    }

    /** The change a figure of this unit is read by: points for a rate, relative otherwise. */
    static void of(Unit unit, SheetWriter out, int row, int column, int nowColumn, int beforeColumn, double now, double before) {
        if (unit == Unit.RATE) {
            points(out, row, column, nowColumn, beforeColumn, now, before);
        } else {
            relative(out, row, column, nowColumn, beforeColumn, now, before);
        }
    }
}
