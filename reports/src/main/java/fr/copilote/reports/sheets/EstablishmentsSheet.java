package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.model.indicator.PeriodScope.AT_DATE;
import static fr.copilote.model.indicator.PeriodScope.ROLLING_12;
import static fr.copilote.model.indicator.PeriodScope.YEAR_TO_DATE;
import static fr.copilote.reports.workbook.SheetWriter.range;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.statistics.OfficialYears;
import fr.copilote.model.statistics.StatisticSource;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.PrintLayout;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * « Établissements »: one row per member and partner, with its shared time, its activity and money of the year
 * to date, what it represents per medical FTE, and its official SAE figures — each header naming its base and year.
 * The totals count the members only (SUMIF on the « Compté » column), as the territory's figures do.
 */
public final class EstablishmentsSheet {

    public static final String NAME = "Établissements";

    /** A column: its header, the figure it shows, its format. */
    private record Column(String header, IndicatorKey key, Format format, boolean summed) {
    }

    /** The columns of the activity and the conventions, then those of the official bases, which say their base and year. */
    private static List<Column> columns(OfficialYears years) {
        String q21 = years.label(StatisticSource.SAE_Q21);
        String mco = years.label(StatisticSource.SAE_MCO);
        String mcoYear = years.of(StatisticSource.SAE_MCO).map(String::valueOf).orElse(null);
        return List.of(
            new Column("Conventions reçues", key(CONVENTIONS_INCOMING, AT_DATE), Format.INTEGER, true),
            new Column("Conventions envoyées", key(CONVENTIONS_OUTGOING, AT_DATE), Format.INTEGER, true),
            new Column("ETP reçus", key(SHARED_FTE_INCOMING, AT_DATE), Format.DECIMAL, true),
            new Column("ETP envoyés", key(SHARED_FTE_OUTGOING, AT_DATE), Format.DECIMAL, true),
            new Column("Solde ETP", key(SHARED_FTE_NET, AT_DATE), Format.DECIMAL, true),
            new Column("Remboursements versés (cumul)", key(REFUNDS_PAID, YEAR_TO_DATE), Format.EURO, true),
            new Column("Remboursements reçus (cumul)", key(REFUNDS_RECEIVED, YEAR_TO_DATE), Format.EURO, true),
            new Column("Séjours HC (cumul)", key(ACTIVITY_VOLUME, YEAR_TO_DATE).activityType(ActivityType.SEJOUR_HC),
                    Format.INTEGER, true),
            new Column("Recettes (cumul)", key(ACTIVITY_REVENUE, YEAR_TO_DATE), Format.EURO, true),
            new Column("Coûts directs (cumul)", key(ACTIVITY_DIRECT_COST, YEAR_TO_DATE), Format.EURO, true),
            new Column("Marge (cumul)", key(MARGIN, YEAR_TO_DATE), Format.EURO, true),
            new Column("Taux de marge", key(MARGIN_RATE, YEAR_TO_DATE), Format.PERCENT, false),
            new Column("ETP médicaux (" + q21 + ")", key(MEDICAL_FTE, AT_DATE), Format.DECIMAL, true),
            new Column("Séjours HC par ETP médical (12 mois ; ETP " + q21 + ")", key(ACTIVITY_PER_MEDICAL_FTE, ROLLING_12)
                    .activityType(ActivityType.SEJOUR_HC), Format.DECIMAL, false),
            new Column("Recettes par ETP médical (12 mois ; ETP " + q21 + ")", key(REVENUE_PER_MEDICAL_FTE, ROLLING_12), Format.EURO, false),
            new Column("Lits MCO (" + mco + ")", key(SAE_MCO_BEDS, AT_DATE).detail(mcoYear), Format.INTEGER, true),
            new Column("Séjours HC MCO (" + mco + ")", key(SAE_MCO_STAYS, AT_DATE).detail(mcoYear), Format.INTEGER, true),
            new Column("Journées MCO (" + mco + ")", key(SAE_MCO_DAYS, AT_DATE).detail(mcoYear), Format.INTEGER, true));
    }

    private static IndicatorKey key(Indicator indicator, PeriodScope scope) {
        return IndicatorKey.of(indicator, scope);
    }

    private final TerritoryConsolidation consolidation;
    private final Figures figures;
    private final List<Column> columns;

    public EstablishmentsSheet(TerritoryConsolidation consolidation, Figures figures) {
        this.consolidation = consolidation;
        this.figures = figures;
        this.columns = columns(consolidation.officialYears());
    }

    public XSSFSheet write(XSSFWorkbook workbook, WorkbookStyles styles) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, styles);
        TerritoryPerimeter perimeter = consolidation.perimeter();
        int[] widths = new int[4 + columns.size()];
        widths[0] = 44;
        widths[1] = 12;
        widths[2] = 22;
        widths[3] = 9;
        for (int i = 4; i < widths.length; i++) {
            widths[i] = columns.get(i - 4).format().width();
        }
        out.widths(widths);
        out.text(0, 0, "Établissements — " + perimeter.name(), styles.title());
        String[] headers = new String[4 + columns.size()];
        headers[0] = "Établissement (entité juridique)";
        headers[1] = "FINESS";
        headers[2] = "Rôle";
        headers[3] = "Compté";
        for (int i = 0; i < columns.size(); i++) {
            headers[4 + i] = columns.get(i).header();
        }
        int headerRow = 2;
        out.headers(headerRow, 0, headers);
        int first = headerRow + 1;
        int r = first;
        for (TerritoryMember member : perimeter.members()) {
            out.inputText(r, 0, member.name());
            out.text(r, 1, member.entity().value());
            out.text(r, 2, member.role().label());
            out.text(r, 3, perimeter.countsInTotals(member.entity()) ? "Oui" : "Non");
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                IndicatorKey key = column.key().entity(member.entity());
                BigDecimal value = figures.find(key).orElse(null);
                if (value != null) {
                    out.number(r, 4 + i, value, column.format());
                }
            }
            r++;
        }
        int last = r - 1;
        if (last >= first) {
            out.text(r, 0, "Total du territoire (établissements comptés)", styles.totalLabel());
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (!column.summed()) {
                    continue;
                }
                int c = 4 + i;
                out.formula(r, c, "SUMIF(" + range(3, first, last) + ",\"Oui\"," + range(c, first, last) + ")",
                        territoryTotal(column).doubleValue(), column.format(), true);
            }
            sheet.setAutoFilter(new CellRangeAddress(headerRow, last, 0, headers.length - 1));
        }
        sheet.createFreezePane(1, headerRow + 1);
        PrintLayout.apply(sheet, perimeter.name(), "Arrêté au " + consolidation.calendar().businessDate()
                .format(FrenchDates.DATE), headerRow);
        return sheet;
    }

    /** The territory's own figure: the sum of the counted members, as the consolidation computed it. */
    private BigDecimal territoryTotal(Column column) {
        if (column.key().indicator() == MEDICAL_FTE) {
            return consolidation.perimeter().countedEntities().stream()
                    .map(entity -> figures.get(column.key().entity(entity))).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return figures.get(column.key());
    }
}
