package fr.copilote.reports.sheets;

import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.convention.Convention;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.reports.dashboard.ConventionLine;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.workbook.PrintLayout;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;

/**
 * « Conventions »: one row per convention touching the territory — in force, in project, terminated — as an
 * Excel table with its filter buttons, the header frozen. The practitioner is shown by RPPS number only: no
 * name appears anywhere in Copilote. Streamed: a national workbook has ten thousand conventions, which XSSF would
 * hold as some 150 MB of cells; the table is declared on the sheet's XSSF side, the rows go through SXSSF.
 */
public final class ConventionsSheet {

    public static final String NAME = "Conventions";
    public static final String TABLE = "Conventions";
    private static final String[] HEADERS = {"Convention", "Statut", "En vigueur à la date", "Origine", "FINESS origine",
            "Accueil", "FINESS accueil", "Nature du flux", "Praticien (RPPS)", "Spécialité", "Filière", "Mode de partage",
            "Demi-journées par semaine", "ETP", "Début", "Fin", "Remboursement annuel", "Distance (km, vol d'oiseau)",
            "20 km atteints (PET)"};

    private final DashboardData data;

    public ConventionsSheet(DashboardData data) {
        this.data = data;
    }

    public Sheet write(SXSSFWorkbook workbook, WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, styles);
        TerritoryPerimeter perimeter = data.consolidation().perimeter();
        LocalDate day = data.consolidation().calendar().businessDate();
        out.widths(16, 12, 12, 36, 12, 36, 12, 12, 14, 24, 26, 24, 12, 8, 12, 12, 16, 14, 12);
        int headerRow = 0;
        out.headers(headerRow, 0, HEADERS);
        List<ConventionLine> lines = data.conventions().stream()
                .sorted(Comparator.comparing((ConventionLine l) -> l.convention().convention().status())
                        .thenComparing(l -> l.convention().convention().id()))
                .toList();
        int r = headerRow + 1;
        for (ConventionLine line : lines) {
            Convention c = line.convention().convention();
            out.inputText(r, 0, c.id().value());
            out.text(r, 1, c.status().label());
            out.text(r, 2, c.inForceOn(day) ? "Oui" : "Non");
            out.inputText(r, 3, line.originName());
            out.text(r, 4, c.origin().value());
            out.inputText(r, 5, line.hostName());
            out.text(r, 6, c.host().value());
            out.text(r, 7, line.flowKind());
            out.text(r, 8, c.practitioner().value());
            out.inputText(r, 9, c.specialty());
            out.text(r, 10, c.carePathway().label());
            out.text(r, 11, c.sharingMode().label());
            out.number(r, 12, c.halfDaysPerWeek(), Format.DECIMAL);
            out.number(r, 13, c.fte(), Format.DECIMAL);
            out.date(r, 14, c.startDate());
            if (c.endDate() != null) {
                out.date(r, 15, c.endDate());
            }
            out.number(r, 16, c.annualRefundEur(), Format.EURO);
            if (line.distanceKm().isPresent()) {
                out.number(r, 17, line.distanceKm().getAsDouble(), Format.DECIMAL);
                out.text(r, 18, line.distanceKm().getAsDouble() >= 20 ? "Oui" : "Non");
            } else {
                out.text(r, 18, "Inconnu");
            }
            r++;
        }
        if (lines.isEmpty()) {
            out.text(1, 0, "Aucune convention ne touche ce territoire.", styles.note());
            return sheet;
        }
        XSSFTable table = workbook.getXSSFWorkbook().getSheet(NAME).createTable(new AreaReference(new CellReference(headerRow, 0),
                new CellReference(r - 1, HEADERS.length - 1), SpreadsheetVersion.EXCEL2007));
        // The header row went through SXSSF: the table cannot read its column names from the sheet, so it is told them.
        List<CTTableColumn> columns = table.getCTTable().getTableColumns().getTableColumnList();
        for (int i = 0; i < HEADERS.length; i++) {
            columns.get(i).setName(HEADERS[i]);
        }
        table.setName(TABLE);
        table.setDisplayName(TABLE);
        table.getCTTable().addNewAutoFilter().setRef(table.getArea().formatAsString());
        table.setStyleName("TableStyleLight9");
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        sheet.createFreezePane(1, headerRow + 1);
        PrintLayout.apply(sheet, perimeter.name(), "Arrêté au " + day.format(FrenchDates.DATE), headerRow);
        return sheet;
    }
}
