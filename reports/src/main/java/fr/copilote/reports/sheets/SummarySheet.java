package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.model.indicator.PeriodScope.*;
import static fr.copilote.reports.workbook.SheetWriter.range;
import static fr.copilote.reports.workbook.SheetWriter.ref;

import fr.copilote.model.activity.Period;
import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.pathway.HeadlineUnit;
import fr.copilote.model.pathway.HeadlineUnits;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The « Synthèse » sheet: the territory's key figures with N-1 and the change, each care pathway in its own units
 * with its revenue, its volumes per activity type, its steering indicators, the consultations avancées, the 24-month
 * trend per unit, its members' shared time and the conventions to renew — with native charts bound to those cells. Totals are formulas over the rows above them, carrying the model's figure as cached
 * value; key figures are published as defined names.
 */
public final class SummarySheet {

    public static final String NAME = "Synthèse";
    private static final PeriodScope[] MONTHLY_SPANS = {ROLLING_12, ROLLING_12_N1, YEAR_TO_DATE, YEAR_TO_DATE_N1};
    private static final int CHART_COLUMN = 10;
    private static final int CHART_WIDTH = 9;
    private static final int CHART_HEIGHT = 20;

    private final DashboardData data;
    private final TerritoryConsolidation consolidation;
    private final Figures figures;
    private final PathwayUnits units;

    public SummarySheet(DashboardData data, Figures figures, HeadlineUnits headlineUnits) {
        this.data = data;
        this.consolidation = data.consolidation();
        this.figures = figures;
        this.units = new PathwayUnits(figures, headlineUnits);
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
        row = pathways(out, row + 1);
        row = new PathwayVolumesBlock(figures).write(out, row + 1);
        row = new PathwayIndicatorsBlock(figures).write(out, row + 1);
        row = new ConsultationsAvanceesBlock(figures, perimeter).write(out, row + 1);
        int[] trend = trend(out, row + 1);
        row = members(out, trend[0] + 1, trend[1]);
        row = new SharedTimeBreakdownBlock(figures).write(out, row + 1);
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
                KeyFigure.of(REFUND_PER_FTE, AT_DATE, "Cout_annuel_ETP_partage"),
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
                KeyFigure.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE, "Consultations_avancees"),
                KeyFigure.labelled(AMBULATORY_SURGERY_RATE.label(), IndicatorKey.of(AMBULATORY_SURGERY_RATE, YEAR_TO_DATE)
                        .pathway(CarePathway.CHIRURGIE_ANESTHESIE), "Taux_chirurgie_ambulatoire"),
                KeyFigure.labelled(BIOLOGY_INTERNALISATION_RATE.label(), IndicatorKey.of(BIOLOGY_INTERNALISATION_RATE, YEAR_TO_DATE)
                        .pathway(CarePathway.BIOLOGIE), "Taux_internalisation_biologie"),
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
                if (indicator.unit() == fr.copilote.model.indicator.Unit.RATE) {
                    Changes.points(out, r, 3, 1, 2, now.doubleValue(), before.doubleValue());
                } else {
                    Changes.difference(out, r, 3, 1, 2, now.doubleValue(), before.doubleValue(), format);
                    if (before.signum() != 0) {
                        out.formula(r, 4, ref(r, 3) + "/" + ref(r, 2), now.subtract(before).doubleValue() / before.doubleValue(),
                                Format.PERCENT, false);
                    }
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

    /**
     * Each pathway in its headline unit and its revenue, year to date against N-1, with a bar chart of the revenue
     * (the one figure all pathways share a unit in). Volumes have no total: a passage is not added to a stay.
     */
    private int pathways(SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        out.text(row, 0, "Activité et recettes par filière (cumul de l'année, établissements comptés)", styles.subtitle());
        out.headers(row + 1, 0, "Filière", "Unité de référence", "Volume", "Volume N-1", "Évolution", "Recettes", "Recettes N-1",
                "Évolution", "Marge");
        int first = row + 2;
        int r = first;
        for (CarePathway pathway : pathwaysWithActivity()) {
            BigDecimal revenue = figures.get(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE).pathway(pathway));
            BigDecimal revenueN1 = figures.get(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE_N1).pathway(pathway));
            out.text(r, 0, pathway.label());
            Optional<HeadlineUnit> unit = units.leading(pathway, YEAR_TO_DATE, YEAR_TO_DATE_N1);
            if (unit.isPresent()) {
                long volume = units.volume(YEAR_TO_DATE, pathway, unit.get());
                long volumeN1 = units.volume(YEAR_TO_DATE_N1, pathway, unit.get());
                out.wrapped(r, 1, unit.get().label());
                out.number(r, 2, volume, Format.INTEGER);
                out.number(r, 3, volumeN1, Format.INTEGER);
                Changes.relative(out, r, 4, 2, 3, volume, volumeN1);
            } else {
                out.text(r, 1, "hors unités de pilotage", styles.note());
            }
            out.number(r, 5, revenue, Format.EURO);
            out.number(r, 6, revenueN1, Format.EURO);
            Changes.relative(out, r, 7, 5, 6, revenue.doubleValue(), revenueN1.doubleValue());
            out.number(r, 8, figures.get(IndicatorKey.of(MARGIN, YEAR_TO_DATE).pathway(pathway)), Format.EURO);
            r++;
        }
        if (r == first) {
            out.text(r, 0, "Aucune activité publiée sur la période", styles.note());
            return r + 1;
        }
        int last = r - 1;
        out.text(r, 0, "Total", styles.totalLabel());
        out.text(r, 1, "unités différentes : pas de total", styles.note());
        BigDecimal revenue = figures.territory(ACTIVITY_REVENUE, YEAR_TO_DATE);
        BigDecimal revenueN1 = figures.territory(ACTIVITY_REVENUE, YEAR_TO_DATE_N1);
        out.formula(r, 5, "SUM(" + range(5, first, last) + ")", revenue.doubleValue(), Format.EURO, true);
        out.formula(r, 6, "SUM(" + range(6, first, last) + ")", revenueN1.doubleValue(), Format.EURO, true);
        Changes.relative(out, r, 7, 5, 6, revenue.doubleValue(), revenueN1.doubleValue());
        out.formula(r, 8, "SUM(" + range(8, first, last) + ")", figures.territory(MARGIN, YEAR_TO_DATE).doubleValue(),
                Format.EURO, true);
        Charts.bars((XSSFSheet) out.sheet(), chartArea(0), "Recettes par filière, cumul de l'année et N-1",
                new CellRangeAddress(first, last, 0, 0), List.of(
                        new Charts.Series(new CellReference(row + 1, 5), new CellRangeAddress(first, last, 5, 5), Palette.DARK_BLUE),
                        new Charts.Series(new CellReference(row + 1, 6), new CellRangeAddress(first, last, 6, 6), Palette.LIGHT_BLUE)),
                true);
        return r + 1;
    }

    /** The n-th chart's place, stacked down the right of the tables. */
    private static int[] chartArea(int n) {
        int top = 5 + n * (CHART_HEIGHT + 1);
        return new int[] {CHART_COLUMN, top, CHART_COLUMN + CHART_WIDTH, top + CHART_HEIGHT};
    }

    /** The pathways with any activity over the year to date or its N-1, in catalogue order. */
    private List<CarePathway> pathwaysWithActivity() {
        Set<CarePathway> pathways = EnumSet.noneOf(CarePathway.class);
        for (IndicatorValue value : figures.matching(v -> v.indicator() == ACTIVITY_VOLUME && v.entity() == null
                && (v.scope() == YEAR_TO_DATE || v.scope() == YEAR_TO_DATE_N1) && v.pathway() != null)) {
            pathways.add(value.pathway());
        }
        return List.copyOf(pathways);
    }

    /**
     * Each pathway month by month over the 24 months read, in the first of its units it has volume in, one column
     * per pathway grouped by unit, and one line chart per unit. Returns the next free row and how many charts it drew.
     */
    private int[] trend(SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        Map<HeadlineUnit, List<CarePathway>> byUnit = new EnumMap<>(HeadlineUnit.class);
        for (CarePathway pathway : units.pathways()) {
            units.withVolume(pathway, MONTHLY_SPANS).stream().filter(unit -> units.hasMonthly(pathway, unit)).findFirst()
                    .ifPresent(unit -> byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(pathway));
        }
        out.text(row, 0, "Tendance mensuelle sur 24 mois, chaque filière dans son unité (établissements comptés)", styles.subtitle());
        List<String> headers = new ArrayList<>(List.of("Mois"));
        List<CarePathway> columns = new ArrayList<>();
        List<HeadlineUnit> columnUnits = new ArrayList<>();
        byUnit.forEach((unit, pathways) -> pathways.forEach(pathway -> {
            headers.add(pathway.label() + " — " + unit.label());
            columns.add(pathway);
            columnUnits.add(unit);
        }));
        out.headers(row + 1, 0, headers.toArray(String[]::new));
        int first = row + 2;
        Period month = consolidation.calendar().firstMonthNeeded();
        int r = first;
        for (int m = 0; m < fr.copilote.model.indicator.ReportingCalendar.MONTHS_READ; m++, r++, month = month.plusMonths(1)) {
            out.text(r, 0, month.month().format(FrenchDates.SHORT_MONTH));
            for (int i = 0; i < columns.size(); i++) {
                out.number(r, i + 1, figures.get(PathwayUnits.key(MONTHLY, columns.get(i), columnUnits.get(i)).month(month)),
                        Format.INTEGER);
            }
        }
        int chart = 1;
        int column = 1;
        for (Map.Entry<HeadlineUnit, List<CarePathway>> unit : byUnit.entrySet()) {
            List<Charts.Series> series = new ArrayList<>();
            for (int i = 0; i < unit.getValue().size(); i++, column++) {
                series.add(new Charts.Series(new CellReference(row + 1, column), new CellRangeAddress(first, r - 1, column, column),
                        Palette.SERIES[i % Palette.SERIES.length]));
            }
            Charts.lines((XSSFSheet) out.sheet(), chartArea(chart++), unit.getKey().label() + " par mois et par filière, 24 mois",
                    new CellRangeAddress(first, r - 1, 0, 0), series);
        }
        return new int[] {r, chart};
    }

    /** Each member's shared time on the business date, counted members then partners, with a bar chart. */
    private int members(SheetWriter out, int row, int chart) {
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
            Charts.bars((XSSFSheet) out.sheet(), chartArea(chart),
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
