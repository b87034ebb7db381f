package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.FLOW_FTE;
import static fr.copilote.model.indicator.Indicator.FLOW_REFUND;
import static fr.copilote.model.indicator.PeriodScope.AT_DATE;
import static fr.copilote.model.indicator.PeriodScope.ROLLING_12;
import static fr.copilote.model.indicator.PeriodScope.YEAR_TO_DATE;
import static fr.copilote.reports.workbook.SheetWriter.range;

import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.Palette;
import fr.copilote.reports.workbook.PrintLayout;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * « Flux »: who sends time to whom. The list of every origin → host pair with its FTE and refunds, internal
 * flows (both ends counted in the territory) told from external ones; then, when the territory is small enough
 * to read one, the origin × host matrices of FTE and of refunds with a colour scale.
 */
public final class FlowsSheet {

    public static final String NAME = "Flux";
    /** Beyond this many establishments a matrix is no longer read; the list remains. */
    static final int MATRIX_LIMIT = 40;

    private record Pair(Finess origin, Finess host, String kind) {
    }

    private final DashboardData data;
    private final Figures figures;

    public FlowsSheet(DashboardData data, Figures figures) {
        this.data = data;
        this.figures = figures;
    }

    public XSSFSheet write(XSSFWorkbook workbook, WorkbookStyles styles) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, styles);
        TerritoryPerimeter perimeter = data.consolidation().perimeter();
        out.widths(40, 12, 40, 12, 10, 14, 18, 18);
        out.text(0, 0, "Flux de temps médical partagé — " + perimeter.name(), styles.title());
        out.text(1, 0, "Interne : origine et accueil comptés dans le territoire (leurs remboursements s'éliminent dans le solde "
                + "consolidé) ; externe : l'un des deux hors du territoire ou partenaire.", styles.note());
        Map<Pair, BigDecimal[]> pairs = pairs();
        int headerRow = 3;
        out.headers(headerRow, 0, "Origine (emploie le praticien)", "FINESS", "Accueil (reçoit le praticien)", "FINESS", "Nature",
                "ETP en vigueur", "Remboursements (cumul de l'année)", "Remboursements (12 mois glissants)");
        int first = headerRow + 1;
        int r = first;
        for (Map.Entry<Pair, BigDecimal[]> entry : pairs.entrySet()) {
            Pair pair = entry.getKey();
            out.inputText(r, 0, data.nameOf(pair.origin()));
            out.text(r, 1, pair.origin().value());
            out.inputText(r, 2, data.nameOf(pair.host()));
            out.text(r, 3, pair.host().value());
            out.text(r, 4, "INTERNE".equals(pair.kind()) ? "Interne" : "Externe");
            for (int i = 0; i < 3; i++) {
                out.number(r, 5 + i, entry.getValue()[i], i == 0 ? Format.DECIMAL : Format.EURO);
            }
            r++;
        }
        int last = r - 1;
        if (last < first) {
            out.text(first, 0, "Aucune convention en vigueur ou remboursement sur la période.", styles.note());
        } else {
            for (String kind : List.of("Interne", "Externe")) {
                out.text(r, 0, "Total " + kind.toLowerCase() + " (SOMME.SI sur la nature)", styles.totalLabel());
                for (int i = 0; i < 3; i++) {
                    int column = 5 + i;
                    BigDecimal total = pairs.entrySet().stream()
                            .filter(e -> ("INTERNE".equals(e.getKey().kind()) ? "Interne" : "Externe").equals(kind))
                            .map(e -> e.getValue()[column - 5]).reduce(BigDecimal.ZERO, BigDecimal::add);
                    out.formula(r, column, "SUMIF(" + range(4, first, last) + ",\"" + kind + "\"," + range(column, first, last) + ")",
                            total.doubleValue(), i == 0 ? Format.DECIMAL : Format.EURO, true);
                }
                r++;
            }
            sheet.setAutoFilter(new CellRangeAddress(headerRow, last, 0, 7));
        }
        Set<Finess> ends = new LinkedHashSet<>(perimeter.countedEntities());
        pairs.keySet().forEach(p -> {
            ends.add(p.origin());
            ends.add(p.host());
        });
        if (!pairs.isEmpty() && ends.size() <= MATRIX_LIMIT) {
            List<Finess> order = new ArrayList<>(ends);
            r = matrix(sheet, out, r + 2, "Matrice des ETP en vigueur (lignes : origine, colonnes : accueil)", order, FLOW_FTE,
                    AT_DATE, Format.DECIMAL);
            matrix(sheet, out, r + 2, "Matrice des remboursements du cumul de l'année (lignes : origine, colonnes : accueil)", order,
                    FLOW_REFUND, YEAR_TO_DATE, Format.EURO);
        } else if (!pairs.isEmpty()) {
            out.text(r + 2, 0, "Plus de " + MATRIX_LIMIT + " établissements : la matrice ne serait plus lisible, la liste ci-dessus "
                    + "donne chaque couple.", styles.note());
        }
        sheet.createFreezePane(0, headerRow + 1);
        PrintLayout.apply(sheet, perimeter.name(), "Arrêté au " + data.consolidation().calendar().businessDate()
                .format(FrenchDates.DATE), headerRow);
        return sheet;
    }

    /** Each origin → host pair with its FTE on the date and its refunds of the year and of 12 months, largest first. */
    private Map<Pair, BigDecimal[]> pairs() {
        Map<Pair, BigDecimal[]> pairs = new LinkedHashMap<>();
        add(pairs, FLOW_FTE, AT_DATE, 0);
        add(pairs, FLOW_REFUND, YEAR_TO_DATE, 1);
        add(pairs, FLOW_REFUND, ROLLING_12, 2);
        Map<Pair, BigDecimal[]> sorted = new LinkedHashMap<>();
        pairs.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Pair, BigDecimal[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(e -> e.getKey().origin().value()).thenComparing(e -> e.getKey().host().value()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private void add(Map<Pair, BigDecimal[]> pairs, Indicator indicator, PeriodScope scope, int slot) {
        for (IndicatorValue flow : figures.matching(v -> v.indicator() == indicator && v.scope() == scope)) {
            pairs.computeIfAbsent(new Pair(flow.entity(), flow.counterpart(), flow.detail()),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO})[slot] = flow.value();
        }
    }

    private int matrix(XSSFSheet sheet, SheetWriter out, int row, String title, List<Finess> ends, Indicator indicator,
                       PeriodScope scope, Format format) {
        WorkbookStyles styles = out.styles();
        TerritoryPerimeter perimeter = data.consolidation().perimeter();
        out.text(row, 0, title, styles.subtitle());
        int header = row + 1;
        out.text(header, 0, "Origine \\ Accueil", styles.header());
        for (int c = 0; c <= ends.size(); c++) {
            if (c < ends.size()) {
                out.text(header, 1 + c, label(ends.get(c), perimeter), styles.header());
            }
            sheet.setColumnWidth(1 + c, Math.max(sheet.getColumnWidth(1 + c), 17 * 256));
        }
        out.text(header, 1 + ends.size(), "Total envoyé", styles.header());
        int first = header + 1;
        for (int rIndex = 0; rIndex < ends.size(); rIndex++) {
            Finess origin = ends.get(rIndex);
            int r = first + rIndex;
            out.inputText(r, 0, data.nameOf(origin) + " (" + label(origin, perimeter) + ")");
            BigDecimal rowTotal = BigDecimal.ZERO;
            for (int c = 0; c < ends.size(); c++) {
                BigDecimal value = BigDecimal.ZERO;
                for (String kind : List.of("INTERNE", "EXTERNE")) {
                    value = value.add(figures.get(fr.copilote.model.indicator.IndicatorKey.of(indicator, scope)
                            .flow(origin, ends.get(c)).detail(kind)));
                }
                out.number(r, 1 + c, value, format);
                rowTotal = rowTotal.add(value);
            }
            out.formula(r, 1 + ends.size(), "SUM(" + SheetWriter.ref(r, 1) + ":" + SheetWriter.ref(r, ends.size()) + ")",
                    rowTotal.doubleValue(), format, true);
        }
        int last = first + ends.size() - 1;
        colourScale(sheet, new CellRangeAddress(first, last, 1, ends.size()));
        return last;
    }

    private static String label(Finess entity, TerritoryPerimeter perimeter) {
        return perimeter.countsInTotals(entity) ? entity.value() : entity.value() + " (ext.)";
    }

    private static void colourScale(XSSFSheet sheet, CellRangeAddress area) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        var scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(2);
        scale.getThresholds()[0].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.MIN);
        scale.getThresholds()[1].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.MAX);
        scale.setColors(new org.apache.poi.ss.usermodel.Color[] {Palette.cellColour(Palette.SCALE_LOW),
                Palette.cellColour(Palette.SCALE_HIGH)});
        formatting.addConditionalFormatting(new CellRangeAddress[] {area}, rule);
    }
}
