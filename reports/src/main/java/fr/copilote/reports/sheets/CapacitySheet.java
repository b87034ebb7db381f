package fr.copilote.reports.sheets;

import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.PrintLayout;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * « Capacités et SAE »: each member's beds, places, occupancy, passages, deliveries, SSR days and medical FTE as the
 * SAE publishes them, for the latest base of each source and the year before it when loaded; then the activity
 * declared in {@code activite.csv} over the same calendar year against the SAE figure of the same kind, with the gap
 * flagged beyond the configured threshold. Every header names its base and year; totals count the members only.
 */
public final class CapacitySheet {

    public static final String NAME = "Capacités et SAE";

    private final TerritoryConsolidation consolidation;
    private final SaeCapacityTable capacity;
    private final SaeCoherenceTable coherence;

    /** @param threshold the gap, as a rate (0.10 for 10 %), beyond which a declared figure is flagged */
    public CapacitySheet(TerritoryConsolidation consolidation, Figures figures, BigDecimal threshold) {
        this.consolidation = consolidation;
        this.capacity = new SaeCapacityTable(consolidation, figures);
        this.coherence = new SaeCoherenceTable(consolidation, figures, threshold);
    }

    public XSSFSheet write(XSSFWorkbook workbook, WorkbookStyles styles) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, styles);
        int[] widths = new int[SaeCapacityTable.columns()];
        widths[0] = 44;
        widths[1] = 24;
        widths[2] = 22;
        widths[3] = 12;
        for (int i = SaeCapacityTable.FIRST_FIGURE; i < widths.length; i++) {
            widths[i] = 14;
        }
        out.widths(widths);
        TerritoryPerimeter perimeter = consolidation.perimeter();
        out.text(0, 0, "Capacités et activité SAE — " + perimeter.name(), styles.title());
        out.text(1, 0, "Chiffres publiés par la DREES (SAE) pour chaque entité juridique, somme de ses sites ; année N : base la plus "
                + "récente chargée de chaque source, N-1 : base de l'année d'avant, quand elle est chargée.", styles.note());
        int r = 3;
        out.text(r++, 0, "Capacités et activité — dernière base SAE chargée (N)", styles.subtitle());
        r = capacity.write(out, r, 0);
        r++;
        out.text(r++, 0, "Capacités et activité — base SAE de l'année précédente (N-1)", styles.subtitle());
        if (capacity.hasYear(1)) {
            r = capacity.write(out, r, 1);
        } else {
            out.text(r++, 0, "Aucune base SAE de l'année précédente n'est chargée pour ces établissements : déposez par exemple "
                    + "MCO_2022r.csv à côté de MCO_2023r.csv dans le dossier d'entrée pour voir l'évolution.", styles.note());
        }
        r++;
        coherence.write(out, r);
        PrintLayout.apply(sheet, perimeter.name(), "Arrêté au " + consolidation.calendar().businessDate().format(FrenchDates.DATE), -1);
        return sheet;
    }
}
