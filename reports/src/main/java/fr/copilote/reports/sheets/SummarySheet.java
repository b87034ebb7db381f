package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.model.indicator.PeriodScope.*;
import static fr.copilote.reports.workbook.SheetWriter.range;
import static fr.copilote.reports.workbook.SheetWriter.ref;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.workbook.Charts;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.Palette;
import fr.copilote.reports.workbook.PrintLayout;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The « Synthèse » sheet: the territory's key figures with N-1 and the change, its activity and revenue per care
 * pathway, its 24-month trend, its members' shared time and the conventions to renew — with three native charts
 * bound to those cells. Totals are formulas over the rows above them, carrying the model's figure as cached
 * value; key figures are published as defined names.
 */
public final class SummarySheet {

    public static final String NAME = "Synthèse";
    private static final Set<ActivityType> STAYS = EnumSet.of(ActivityType.SEJOUR_HC, ActivityType.SEJOUR_AMBULATOIRE);
    private static final int CHART_COLUMN = 10;
    private static final int CHART_WIDTH = 9;
    private static final int CHART_HEIGHT = 20;

    private final DashboardData data;
    private final TerritoryConsolidation consolidation;
    private final Figures figures;

    public SummarySheet(DashboardData data, Figures figures) {
        this.data = data;
        this.consolidation = data.consolidation();
        this.figures = figures;
    }

    public XSSFSheet write(XSSFWorkbook workbook, WorkbookStyles styles) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, styles);
        // Shared by the blocks below; the pathway totals (columns 1-2, 4-5, 7) reach billions of euros.
        out.widths(44, 22, 22, 18, 22, 22, 12, 22, 14);
        TerritoryPerimeter perimeter = consolidation.perimeter();
        out.text(0, 0, "Synthèse — " + perimeter.name() + " (" + perimeter.code() + ")", styles.title());
        out.text(1, 0, "Date d'arrêté", styles.subtitle());
        out.date(1, 1, consolidation.calendar().businessDate());
        out.text(2, 0, "Mois de référence de l'activité", styles.subtitle());
        out.text(2, 1, consolidation.calendar().month().month().format(FrenchDates.MONTH));
        long partners = perimeter.members().size() - perimeter.countedEntities().size();
        out.text(3, 0, perimeter.countedEntities().size() + " établissements comptés dans les totaux"
                + (partners == 0 ? "" : ", " + partners + " partenaire" + (partners > 1 ? "s" : "") + " présenté"
                + (partners > 1 ? "s" : "") + " à part"), styles.note());

        int row = keyFigures(workbook, out, 5);
        row = new ObjectivesSummaryBlock(data).write(out, row + 1);
        int pathwayTop = row + 1;
        row = pathways(out, pathwayTop);
        int trendTop = row + 1;
        row = trend(out, trendTop);
        int membersTop = row + 1;
        row = members(out, membersTop);
        renewals(out, row + 1);
        sheet.createFreezePane(0, 4);
        PrintLayout.apply(sheet, perimeter.name(), "Arrêté au " + consolidation.calendar().businessDate().format(FrenchDates.DATE), 3);
        return sheet;
    }

    private List<KeyFigure> keyFigureLines() {
        List<KeyFigure> lines = new ArrayList<>(List.of(
                KeyFigure.of(CONVENTIONS_IN_FORCE, AT_DATE, "Conventions_en_vigueur"),
                KeyFigure.of(PRACTITIONERS_SHARED, AT_DATE, "Praticiens_partages"),
                KeyFigure.of(SHARED_FTE_INCOMING, AT_DATE, "ETP_recus"),
                KeyFigure.of(SHARED_FTE_OUTGOING, AT_DATE, "ETP_envoyes"),
                KeyFigure.of(SHARED_FTE_NET, AT_DATE, "Solde_ETP"),
                KeyFigure.of(REFUNDS_PAID, YEAR_TO_DATE, "Remboursements_verses"),
                KeyFigure.of(REFUNDS_RECEIVED, YEAR_TO_DATE, "Remboursements_recus"),
                KeyFigure.of(ELIMINATIONS, YEAR_TO_DATE, "Eliminations"),
                KeyFigure.of(NET_BALANCE, YEAR_TO_DATE, "Solde_net_apres_eliminations"),
                KeyFigure.of(PET_MONTHLY, AT_DATE, "PET_mensuelle"),
                KeyFigure.of(PET_ANNUAL, AT_DATE, "PET_annuelle"),
                KeyFigure.of(ACTIVITY_REVENUE, YEAR_TO_DATE, "Recettes"),
                KeyFigure.of(ACTIVITY_DIRECT_COST, YEAR_TO_DATE, "Couts_directs"),
                KeyFigure.of(MARGIN, YEAR_TO_DATE, "Marge"),
                KeyFigure.of(MARGIN_RATE, YEAR_TO_DATE, "Taux_de_marge"),
                KeyFigure.labelled("Taux de fuite (séjours)", IndicatorKey.of(LEAKAGE_RATE, YEAR_TO_DATE).detail("SEJOURS"), "Taux_de_fuite"),
                KeyFigure.labelled("Taux d'attractivité (séjours)", IndicatorKey.of(ATTRACTIVENESS_RATE, YEAR_TO_DATE).detail("SEJOURS"),
                        "Taux_attractivite"),
                KeyFigure.of(DISTANCE_NOT_TRAVELLED, YEAR_TO_DATE, "Distance_evitee_km"),
                KeyFigure.of(CONVENTIONS_TO_RENEW, AT_DATE, "Conventions_a_renouveler"),
                KeyFigure.of(CONVENTIONS_PLANNED, AT_DATE, "Conventions_en_projet"),
                KeyFigure.of(CONVENTIONS_TERMINATED, AT_DATE, "Conventions_resiliees")));
        return lines;
    }

    private int keyFigures(XSSFWorkbook workbook, SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        out.text(row, 0, "Chiffres clés", styles.subtitle());
        out.headers(row + 1, 0, "Indicateur", "Valeur", "N-1", "Écart", "Évolution", "Période");
        int r = row + 2;
        for (KeyFigure line : keyFigureLines()) {
            Indicator indicator = line.key().indicator();
            if (figures.find(line.key()).isEmpty() && indicator.unit() == fr.copilote.model.indicator.Unit.RATE) {
                continue;
            }
            Format format = SheetWriter.formatOf(indicator.unit());
            BigDecimal now = figures.get(line.key());
            out.text(r, 0, line.label());
            out.number(r, 1, now, format);
            if (line.previous() != null && figures.find(line.previousKey()).isPresent()) {
                BigDecimal before = figures.get(line.previousKey());
                out.number(r, 2, before, format);
                out.formula(r, 3, ref(r, 1) + "-" + ref(r, 2), now.subtract(before).doubleValue(), format, false);
                if (before.signum() != 0 && indicator.unit() != fr.copilote.model.indicator.Unit.RATE) {
                    out.formula(r, 4, ref(r, 3) + "/" + ref(r, 2), now.subtract(before).doubleValue() / before.doubleValue(),
                            Format.PERCENT, false);
                }
            }
            out.text(r, 5, line.key().scope().label());
            define(workbook, line.name(), r, 1);
            r++;
        }
        return r;
    }

    private void define(XSSFWorkbook workbook, String name, int row, int column) {
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula("'" + NAME + "'!" + new CellReference(row, column, true, true).formatAsString(false));
    }

    /** Stays (full and ambulatory) and revenue per pathway, year to date against N-1, with a bar chart. */
    private int pathways(SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        out.text(row, 0, "Activité et recettes par filière (cumul de l'année, établissements comptés)", styles.subtitle());
        out.headers(row + 1, 0, "Filière", "Séjours", "Séjours N-1", "Évolution", "Recettes", "Recettes N-1", "Évolution",
                "Marge");
        int first = row + 2;
        int r = first;
        for (CarePathway pathway : pathwaysWithActivity()) {
            long stays = stays(pathway, YEAR_TO_DATE);
            long staysN1 = stays(pathway, YEAR_TO_DATE_N1);
            BigDecimal revenue = figures.get(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE).pathway(pathway));
            BigDecimal revenueN1 = figures.get(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE_N1).pathway(pathway));
            out.text(r, 0, pathway.label());
            out.number(r, 1, stays, Format.INTEGER);
            out.number(r, 2, staysN1, Format.INTEGER);
            change(out, r, 3, 1, 2, stays, staysN1);
            out.number(r, 4, revenue, Format.EURO);
            out.number(r, 5, revenueN1, Format.EURO);
            change(out, r, 6, 4, 5, revenue.doubleValue(), revenueN1.doubleValue());
            out.number(r, 7, figures.get(IndicatorKey.of(MARGIN, YEAR_TO_DATE).pathway(pathway)), Format.EURO);
            r++;
        }
        if (r == first) {
            out.text(r, 0, "Aucune activité publiée sur la période", styles.note());
            return r + 1;
        }
        int last = r - 1;
        out.text(r, 0, "Total", styles.totalLabel());
        long stays = pathwaysWithActivity().stream().mapToLong(p -> stays(p, YEAR_TO_DATE)).sum();
        long staysN1 = pathwaysWithActivity().stream().mapToLong(p -> stays(p, YEAR_TO_DATE_N1)).sum();
        out.formula(r, 1, "SUM(" + range(1, first, last) + ")", stays, Format.INTEGER, true);
        out.formula(r, 2, "SUM(" + range(2, first, last) + ")", staysN1, Format.INTEGER, true);
        change(out, r, 3, 1, 2, stays, staysN1);
        BigDecimal revenue = figures.territory(ACTIVITY_REVENUE, YEAR_TO_DATE);
        BigDecimal revenueN1 = figures.territory(ACTIVITY_REVENUE, YEAR_TO_DATE_N1);
        out.formula(r, 4, "SUM(" + range(4, first, last) + ")", revenue.doubleValue(), Format.EURO, true);
        out.formula(r, 5, "SUM(" + range(5, first, last) + ")", revenueN1.doubleValue(), Format.EURO, true);
        change(out, r, 6, 4, 5, revenue.doubleValue(), revenueN1.doubleValue());
        out.formula(r, 7, "SUM(" + range(7, first, last) + ")", figures.territory(MARGIN, YEAR_TO_DATE).doubleValue(),
                Format.EURO, true);
        Charts.bars((XSSFSheet) out.sheet(), new int[] {CHART_COLUMN, 5, CHART_COLUMN + CHART_WIDTH, 5 + CHART_HEIGHT},
                "Séjours par filière, cumul de l'année et N-1", new CellRangeAddress(first, last, 0, 0), List.of(
                        new Charts.Series(new CellReference(row + 1, 1), new CellRangeAddress(first, last, 1, 1), Palette.DARK_BLUE),
                        new Charts.Series(new CellReference(row + 1, 2), new CellRangeAddress(first, last, 2, 2), Palette.LIGHT_BLUE)),
                true);
        return r + 1;
    }

    private static void change(SheetWriter out, int r, int column, int nowColumn, int beforeColumn, double now, double before) {
        if (before != 0) {
            out.formula(r, column, "(" + ref(r, nowColumn) + "-" + ref(r, beforeColumn) + ")/" + ref(r, beforeColumn),
                    (now - before) / before, Format.PERCENT, false);
        }
    }

    private List<CarePathway> pathwaysWithActivity() {
        Set<CarePathway> pathways = EnumSet.noneOf(CarePathway.class);
        for (IndicatorValue value : figures.matching(v -> v.indicator() == ACTIVITY_VOLUME && v.entity() == null
                && (v.scope() == YEAR_TO_DATE || v.scope() == YEAR_TO_DATE_N1) && v.pathway() != null)) {
            pathways.add(value.pathway());
        }
        return List.copyOf(pathways);
    }

    private long stays(CarePathway pathway, PeriodScope scope) {
        long stays = 0;
        for (ActivityType type : STAYS) {
            stays += figures.get(IndicatorKey.of(ACTIVITY_VOLUME, scope).pathway(pathway).activityType(type)).longValue();
        }
        return stays;
    }

    /** Stays month by month over the 24 months read, one column per pathway, with a line chart. */
    private int trend(SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        List<CarePathway> pathways = pathwaysWithActivity().stream()
                .sorted(Comparator.comparingLong((CarePathway p) -> -stays(p, ROLLING_12))).limit(8).toList();
        out.text(row, 0, "Tendance mensuelle des séjours sur 24 mois (établissements comptés)", styles.subtitle());
        String[] headers = new String[pathways.size() + 1];
        headers[0] = "Mois";
        for (int i = 0; i < pathways.size(); i++) {
            headers[i + 1] = pathways.get(i).label();
        }
        out.headers(row + 1, 0, headers);
        int first = row + 2;
        Period month = consolidation.calendar().firstMonthNeeded();
        int r = first;
        for (int m = 0; m < fr.copilote.model.indicator.ReportingCalendar.MONTHS_READ; m++, r++, month = month.plusMonths(1)) {
            out.text(r, 0, month.month().format(FrenchDates.SHORT_MONTH));
            for (int i = 0; i < pathways.size(); i++) {
                long stays = 0;
                for (ActivityType type : STAYS) {
                    stays += figures.get(IndicatorKey.of(ACTIVITY_VOLUME, MONTHLY).month(month).pathway(pathways.get(i))
                            .activityType(type)).longValue();
                }
                out.number(r, i + 1, stays, Format.INTEGER);
            }
        }
        if (!pathways.isEmpty()) {
            List<Charts.Series> series = new ArrayList<>();
            for (int i = 0; i < pathways.size(); i++) {
                series.add(new Charts.Series(new CellReference(row + 1, i + 1), new CellRangeAddress(first, r - 1, i + 1, i + 1),
                        Palette.SERIES[i % Palette.SERIES.length]));
            }
            int top = 5 + CHART_HEIGHT + 1;
            Charts.lines((XSSFSheet) out.sheet(), new int[] {CHART_COLUMN, top, CHART_COLUMN + CHART_WIDTH, top + CHART_HEIGHT},
                    "Séjours par mois et par filière, 24 mois", new CellRangeAddress(first, r - 1, 0, 0), series);
        }
        return r;
    }

    /** Each member's shared time on the business date, counted members then partners, with a bar chart. */
    private int members(SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        TerritoryPerimeter perimeter = consolidation.perimeter();
        out.text(row, 0, "Temps médical partagé par établissement, à la date d'arrêté", styles.subtitle());
        out.headers(row + 1, 0, "Établissement (entité juridique)", "FINESS", "Rôle", "Conventions reçues",
                "Conventions envoyées", "ETP reçus", "ETP envoyés", "Solde ETP");
        int first = row + 2;
        int r = first;
        for (TerritoryMember member : perimeter.members()) {
            if (perimeter.countsInTotals(member.entity())) {
                memberRow(out, r++, member);
            }
        }
        if (r == first) {
            return r;
        }
        int last = r - 1;
        out.text(r, 0, "Total du territoire", styles.totalLabel());
        Indicator[] columns = {CONVENTIONS_INCOMING, CONVENTIONS_OUTGOING, SHARED_FTE_INCOMING, SHARED_FTE_OUTGOING, SHARED_FTE_NET};
        for (int c = 0; c < columns.length; c++) {
            Format format = SheetWriter.formatOf(columns[c].unit());
            out.formula(r, 3 + c, "SUM(" + range(3 + c, first, last) + ")", figures.territory(columns[c], AT_DATE).doubleValue(),
                    format, true);
        }
        int end = r + 1;
        List<TerritoryMember> partners = perimeter.members().stream().filter(m -> !perimeter.countsInTotals(m.entity())).toList();
        if (!partners.isEmpty()) {
            out.text(end + 1, 0, "Partenaires (hors totaux du territoire)", styles.subtitle());
            end += 2;
            for (TerritoryMember partner : partners) {
                memberRow(out, end++, partner);
            }
        }
        if (last - first < 40) {
            int top = 5 + 2 * (CHART_HEIGHT + 1);
            Charts.bars((XSSFSheet) out.sheet(), new int[] {CHART_COLUMN, top, CHART_COLUMN + CHART_WIDTH, top + CHART_HEIGHT},
                    "ETP partagés reçus et envoyés par établissement", new CellRangeAddress(first, last, 0, 0), List.of(
                            new Charts.Series(new CellReference(row + 1, 5), new CellRangeAddress(first, last, 5, 5), Palette.DARK_BLUE),
                            new Charts.Series(new CellReference(row + 1, 6), new CellRangeAddress(first, last, 6, 6), Palette.ORANGE)),
                    true);
        }
        return end;
    }

    private void memberRow(SheetWriter out, int r, TerritoryMember member) {
        IndicatorKey at = IndicatorKey.of(SHARED_FTE_INCOMING, AT_DATE).entity(member.entity());
        out.inputText(r, 0, member.name());
        out.text(r, 1, member.entity().value());
        out.text(r, 2, member.role().label());
        out.number(r, 3, figures.get(at.as(CONVENTIONS_INCOMING)), Format.INTEGER);
        out.number(r, 4, figures.get(at.as(CONVENTIONS_OUTGOING)), Format.INTEGER);
        BigDecimal in = figures.get(at);
        BigDecimal outgoing = figures.get(at.as(SHARED_FTE_OUTGOING));
        out.number(r, 5, in, Format.DECIMAL);
        out.number(r, 6, outgoing, Format.DECIMAL);
        out.formula(r, 7, ref(r, 5) + "-" + ref(r, 6), in.subtract(outgoing).doubleValue(), Format.DECIMAL, false);
    }

    /** The conventions in force that end within 90 days: the renewals to prepare. */
    private void renewals(SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        List<IndicatorValue> ending = figures.matching(v -> v.indicator() == CONVENTIONS_TO_RENEW && v.detail() != null).stream()
                .sorted(Comparator.comparing(IndicatorValue::value).thenComparing(IndicatorValue::detail)).toList();
        out.text(row, 0, "Conventions à renouveler dans les 90 jours", styles.subtitle());
        if (ending.isEmpty()) {
            out.text(row + 1, 0, "Aucune convention en vigueur ne prend fin dans les 90 jours.", styles.note());
            return;
        }
        out.headers(row + 1, 0, "Origine → accueil", "Convention", "Fin", "Jours restants");
        int r = row + 2;
        for (IndicatorValue convention : ending) {
            out.inputText(r, 0, data.nameOf(convention.entity()) + " → " + data.nameOf(convention.counterpart()));
            out.inputText(r, 1, convention.detail());
            out.date(r, 2, consolidation.calendar().businessDate().plusDays(convention.value().longValue()));
            out.number(r, 3, convention.value(), Format.INTEGER);
            r++;
        }
    }
}
