package fr.copilote.reports.sheets;

import fr.copilote.model.indicator.Indicator;
import fr.copilote.reports.workbook.PrintLayout;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** « Définitions »: every indicator's French label, definition, formula, unit and sources, from the catalogue. */
public final class DefinitionsSheet {

    public static final String NAME = "Définitions";

    public Sheet write(Workbook workbook, WorkbookStyles styles, String territory) {
        Sheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, styles);
        out.widths(28, 34, 60, 50, 12, 40, 26);
        out.text(0, 0, "Définitions des indicateurs", styles.title());
        out.text(1, 0, "Règles de consolidation détaillées dans docs/indicators.md (périmètre, éliminations, périodes, prorata, arrondis).",
                styles.note());
        int headerRow = 3;
        out.headers(headerRow, 0, "Famille", "Indicateur", "Définition", "Formule", "Unité", "Sources", "Code");
        int r = headerRow + 1;
        for (Indicator indicator : Indicator.values()) {
            out.wrapped(r, 0, indicator.family().label());
            out.wrapped(r, 1, indicator.label());
            out.wrapped(r, 2, indicator.definition());
            out.wrapped(r, 3, indicator.formula());
            out.text(r, 4, unitLabel(indicator));
            out.wrapped(r, 5, indicator.sources());
            out.text(r, 6, indicator.name());
            r++;
        }
        sheet.createFreezePane(0, headerRow + 1);
        PrintLayout.apply(sheet, territory, "Définitions", headerRow);
        return sheet;
    }

    private static String unitLabel(Indicator indicator) {
        return switch (indicator.unit()) {
            case COUNT -> "nombre";
            case FTE -> "ETP";
            case EURO -> "€";
            case RATE -> "taux";
            case DAYS -> "jours";
            case KILOMETRES -> "km";
        };
    }
}
