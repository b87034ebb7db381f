package fr.copilote.reports.summary;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.reports.workbook.PrintLayout;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * The « Synthèse » sheet: the territory's key figures at the business date, its establishments with the
 * time they share, and its activity per care pathway. Totals are SUM formulas over the rows above them,
 * carrying the model's figure as cached value.
 */
public final class SummarySheet {

    public static final String NAME = "Synthèse";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private final TerritoryConsolidation consolidation;
    private final Figures figures;

    public SummarySheet(TerritoryConsolidation consolidation) {
        this.consolidation = consolidation;
        this.figures = new Figures(consolidation.values());
    }

    public Sheet write(Workbook workbook, WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, styles);
        out.widths(46, 34, 24, 16, 16, 16, 16, 16);
        var perimeter = consolidation.perimeter();
        out.text(0, 0, "Synthèse du territoire " + perimeter.name() + " (" + perimeter.code() + ")", styles.title());
        out.text(1, 0, "Date d'arrêté", styles.subtitle());
        out.date(1, 1, consolidation.calendar().businessDate());
        out.text(2, 0, "Mois de référence de l'activité", styles.subtitle());
        out.text(2, 1, consolidation.calendar().month().month().format(MONTH));

        int row = keyFigures(out, 4);
        row = establishments(out, row + 1);
        activity(out, row + 1);
        sheet.createFreezePane(0, 4);
        PrintLayout.apply(sheet, perimeter.name(), "Arrêté au " + consolidation.calendar().businessDate()
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), 3);
        return sheet;
    }

    private int keyFigures(SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        out.text(row, 0, "Chiffres clés", styles.subtitle());
        out.headers(row + 1, styles.header(), "Indicateur", "À la date", "À la même date N-1", "Évolution");
        Object[][] lines = {
                {Indicator.CONVENTIONS_IN_FORCE, styles.integer()},
                {Indicator.SHARED_FTE_INCOMING, styles.decimal()},
                {Indicator.SHARED_FTE_OUTGOING, styles.decimal()},
        };
        int r = row + 2;
        for (Object[] line : lines) {
            Indicator indicator = (Indicator) line[0];
            BigDecimal now = figures.territory(indicator, PeriodScope.AT_DATE);
            BigDecimal before = figures.territory(indicator, PeriodScope.AT_DATE_N1);
            out.text(r, 0, indicator.label());
            out.number(r, 1, now, (org.apache.poi.ss.usermodel.CellStyle) line[1]);
            out.number(r, 2, before, (org.apache.poi.ss.usermodel.CellStyle) line[1]);
            if (before.signum() != 0) {
                out.number(r, 3, now.subtract(before).doubleValue() / before.doubleValue(), styles.percent());
            }
            r++;
        }
        return r;
    }

    private int establishments(SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        out.text(row, 0, "Établissements et temps médical partagé", styles.subtitle());
        out.headers(row + 1, styles.header(), "Établissement (entité juridique)", "FINESS", "Rôle", "Conventions reçues",
                "Conventions envoyées", "ETP reçus", "ETP envoyés", "Solde ETP");
        int first = row + 2;
        int r = first;
        List<TerritoryMember> partners = new ArrayList<>();
        for (TerritoryMember member : consolidation.perimeter().members()) {
            if (!consolidation.perimeter().countsInTotals(member.entity())) {
                partners.add(member);
                continue;
            }
            memberRow(out, r++, member);
        }
        int last = r - 1;
        out.text(r, 0, "Total du territoire", styles.totalLabel());
        totalFormula(out, r, 3, first, last, figures.territory(Indicator.CONVENTIONS_INCOMING, PeriodScope.AT_DATE), styles.totalInteger());
        totalFormula(out, r, 4, first, last, figures.territory(Indicator.CONVENTIONS_OUTGOING, PeriodScope.AT_DATE), styles.totalInteger());
        BigDecimal in = figures.territory(Indicator.SHARED_FTE_INCOMING, PeriodScope.AT_DATE);
        BigDecimal outgoing = figures.territory(Indicator.SHARED_FTE_OUTGOING, PeriodScope.AT_DATE);
        totalFormula(out, r, 5, first, last, in, styles.totalDecimal());
        totalFormula(out, r, 6, first, last, outgoing, styles.totalDecimal());
        totalFormula(out, r, 7, first, last, in.subtract(outgoing), styles.totalDecimal());
        r++;
        if (!partners.isEmpty()) {
            r++;
            out.text(r++, 0, "Partenaires (hors totaux du territoire)", styles.subtitle());
            for (TerritoryMember partner : partners) {
                memberRow(out, r++, partner);
            }
        }
        return r;
    }

    private void memberRow(SheetWriter out, int r, TerritoryMember member) {
        WorkbookStyles styles = out.styles();
        Finess entity = member.entity();
        BigDecimal in = figures.entity(Indicator.SHARED_FTE_INCOMING, entity);
        BigDecimal outgoing = figures.entity(Indicator.SHARED_FTE_OUTGOING, entity);
        out.text(r, 0, member.name());
        out.text(r, 1, entity.value());
        out.text(r, 2, member.role().label());
        out.number(r, 3, figures.entity(Indicator.CONVENTIONS_INCOMING, entity), styles.integer());
        out.number(r, 4, figures.entity(Indicator.CONVENTIONS_OUTGOING, entity), styles.integer());
        out.number(r, 5, in, styles.decimal());
        out.number(r, 6, outgoing, styles.decimal());
        String f = CellReference.convertNumToColString(5) + (r + 1) + "-" + CellReference.convertNumToColString(6) + (r + 1);
        out.formula(r, 7, f, in.subtract(outgoing).doubleValue(), styles.decimal());
    }

    private static void totalFormula(SheetWriter out, int row, int column, int first, int last, BigDecimal value,
                                     org.apache.poi.ss.usermodel.CellStyle style) {
        String letter = CellReference.convertNumToColString(column);
        String formula = last < first ? "0" : "SUM(" + letter + (first + 1) + ":" + letter + (last + 1) + ")";
        out.formula(row, column, formula, value.doubleValue(), style);
    }

    private void activity(SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        out.text(row, 0, "Activité par filière (établissements comptés dans le territoire)", styles.subtitle());
        out.headers(row + 1, styles.header(), "Filière", "Type d'activité", "Mois", "Même mois N-1", "Cumul de l'année",
                "Cumul N-1", "Évolution du cumul");
        int r = row + 2;
        for (Map.Entry<CarePathway, Map<ActivityType, Map<PeriodScope, BigDecimal>>> pathway : figures.activity().entrySet()) {
            for (Map.Entry<ActivityType, Map<PeriodScope, BigDecimal>> type : pathway.getValue().entrySet()) {
                Map<PeriodScope, BigDecimal> v = type.getValue();
                out.text(r, 0, pathway.getKey().label());
                out.text(r, 1, type.getKey().label());
                out.number(r, 2, v.getOrDefault(PeriodScope.MONTH, BigDecimal.ZERO), styles.integer());
                out.number(r, 3, v.getOrDefault(PeriodScope.MONTH_N1, BigDecimal.ZERO), styles.integer());
                BigDecimal ytd = v.getOrDefault(PeriodScope.YEAR_TO_DATE, BigDecimal.ZERO);
                BigDecimal ytdN1 = v.getOrDefault(PeriodScope.YEAR_TO_DATE_N1, BigDecimal.ZERO);
                out.number(r, 4, ytd, styles.integer());
                out.number(r, 5, ytdN1, styles.integer());
                if (ytdN1.signum() != 0) {
                    out.number(r, 6, ytd.subtract(ytdN1).doubleValue() / ytdN1.doubleValue(), styles.percent());
                }
                r++;
            }
        }
        if (r == row + 2) {
            out.text(r, 0, "Aucune activité publiée sur la période");
        }
    }

    /** The consolidation's values indexed the way this sheet reads them. */
    private static final class Figures {
        private final List<IndicatorValue> values;

        Figures(List<IndicatorValue> values) {
            this.values = values;
        }

        BigDecimal territory(Indicator indicator, PeriodScope scope) {
            return values.stream()
                    .filter(v -> v.indicator() == indicator && v.scope() == scope && v.entity() == null && v.pathway() == null)
                    .map(IndicatorValue::value).findFirst().orElse(BigDecimal.ZERO);
        }

        BigDecimal entity(Indicator indicator, Finess entity) {
            return values.stream()
                    .filter(v -> v.indicator() == indicator && v.scope() == PeriodScope.AT_DATE && Objects.equals(v.entity(), entity))
                    .map(IndicatorValue::value).findFirst().orElse(BigDecimal.ZERO);
        }

        Map<CarePathway, Map<ActivityType, Map<PeriodScope, BigDecimal>>> activity() {
            Map<CarePathway, Map<ActivityType, Map<PeriodScope, BigDecimal>>> byPathway = new TreeMap<>();
            values.stream().filter(v -> v.indicator() == Indicator.ACTIVITY_VOLUME && v.entity() == null)
                    .forEach(v -> byPathway.computeIfAbsent(v.pathway(), k -> new TreeMap<>())
                            .computeIfAbsent(v.activityType(), k -> new TreeMap<>()).put(v.scope(), v.value()));
            return byPathway;
        }
    }
}
