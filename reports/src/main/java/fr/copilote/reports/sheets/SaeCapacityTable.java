package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.reports.workbook.SheetWriter.range;
import static fr.copilote.reports.workbook.SheetWriter.ref;

import fr.copilote.model.consolidation.SaeFigure;
import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.Unit;
import fr.copilote.model.statistics.OfficialYears;
import fr.copilote.model.statistics.StatisticSource;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The SAE capacity table of « Capacités et SAE » for one base year — the latest of each source, or the year before:
 * one row per member with each figure under a header naming its base and year, the occupancy rate a formula of the
 * row's days and bed-days, and the counted members' total.
 */
final class SaeCapacityTable {

    /** Where the figures start, after the member's name, FINESS, role and whether it is counted. */
    static final int FIRST_FIGURE = 4;

    private static final List<Indicator> CAPACITY = List.of(SAE_MCO_BEDS, SAE_MCO_PLACES, SAE_MCO_DAYS, SAE_MCO_BED_DAYS,
            SAE_MCO_OCCUPANCY_RATE, SAE_SSR_BEDS, SAE_SSR_PLACES, SAE_SSR_DAYS, SAE_EMERGENCY_PASSAGES, SAE_DELIVERIES, MEDICAL_FTE);

    private static final List<String> CAPACITY_LABELS = List.of("Lits MCO", "Places MCO", "Journées MCO",
            "Journées-lits exploitables MCO", "Taux d'occupation MCO", "Lits SSR", "Places SSR", "Journées SSR (HC)",
            "Passages aux urgences", "Accouchements", "ETP médicaux");

    private final TerritoryConsolidation consolidation;
    private final Figures figures;

    SaeCapacityTable(TerritoryConsolidation consolidation, Figures figures) {
        this.consolidation = consolidation;
        this.figures = figures;
    }

    /** Columns of the table, for the sheet's widths. */
    static int columns() {
        return FIRST_FIGURE + CAPACITY.size();
    }

    /** The year a column shows: the latest of its source, or that year less {@code yearsBack}. */
    private Optional<Integer> yearOf(Indicator indicator, int yearsBack) {
        OfficialYears years = consolidation.officialYears();
        return years.of(source(indicator)).map(year -> year - yearsBack);
    }

    private static StatisticSource source(Indicator indicator) {
        return indicator == SAE_MCO_OCCUPANCY_RATE ? StatisticSource.SAE_MCO : SaeFigure.of(indicator).orElseThrow().source();
    }

    /** « Lits MCO (SAE MCO 2023) », or « (SAE MCO : aucune base chargée) ». */
    private String header(String label, Indicator indicator, int yearsBack) {
        StatisticSource source = source(indicator);
        return label + " (" + yearOf(indicator, yearsBack).map(year -> source.shortLabel() + " " + year)
                .orElse(consolidation.officialYears().label(source)) + ")";
    }

    /** Whether any figure of the table exists for the bases {@code yearsBack} years before the latest. */
    boolean hasYear(int yearsBack) {
        for (Indicator indicator : CAPACITY) {
            Optional<Integer> year = yearOf(indicator, yearsBack);
            if (year.isPresent() && !figures.matching(v -> v.indicator() == indicator && String.valueOf(year.get()).equals(v.detail()))
                    .isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private Optional<IndicatorKey> keyOf(Indicator indicator, int yearsBack) {
        return yearOf(indicator, yearsBack).map(year -> IndicatorKey.of(indicator, PeriodScope.AT_DATE).detail(String.valueOf(year)));
    }

    /** Writes the table from {@code headerRow}; returns the first row after it. */
    int write(SheetWriter out, int headerRow, int yearsBack) {
        TerritoryPerimeter perimeter = consolidation.perimeter();
        String[] headers = new String[FIRST_FIGURE + CAPACITY.size()];
        headers[0] = "Établissement (entité juridique)";
        headers[1] = "FINESS";
        headers[2] = "Rôle";
        headers[3] = "Compté";
        for (int i = 0; i < CAPACITY.size(); i++) {
            headers[FIRST_FIGURE + i] = header(CAPACITY_LABELS.get(i), CAPACITY.get(i), yearsBack);
        }
        out.headers(headerRow, 0, headers);
        int first = headerRow + 1;
        int r = first;
        boolean any = false;
        int daysColumn = FIRST_FIGURE + CAPACITY.indexOf(SAE_MCO_DAYS);
        int bedDaysColumn = FIRST_FIGURE + CAPACITY.indexOf(SAE_MCO_BED_DAYS);
        for (TerritoryMember member : perimeter.members()) {
            out.inputText(r, 0, member.name());
            out.text(r, 1, member.entity().value());
            out.text(r, 2, member.role().label());
            out.text(r, 3, perimeter.countsInTotals(member.entity()) ? "Oui" : "Non");
            for (int i = 0; i < CAPACITY.size(); i++) {
                Indicator indicator = CAPACITY.get(i);
                Optional<BigDecimal> value = keyOf(indicator, yearsBack).flatMap(key -> figures.find(key.entity(member.entity())));
                if (value.isEmpty()) {
                    continue;
                }
                any = true;
                int c = FIRST_FIGURE + i;
                if (indicator == SAE_MCO_OCCUPANCY_RATE) {
                    out.formula(r, c, ref(r, daysColumn) + "/" + ref(r, bedDaysColumn), value.get().doubleValue(),
                            Format.PERCENT, false);
                } else {
                    out.number(r, c, value.get(), indicator.unit() == Unit.FTE ? Format.DECIMAL : Format.INTEGER);
                }
            }
            r++;
        }
        int last = r - 1;
        if (!any) {
            out.text(r++, 0, "Aucun chiffre SAE pour les établissements du territoire : aucune base chargée, ou aucun de ses membres "
                    + "n'y figure (un établissement absent de la SAE n'a pas de ligne).", out.styles().note());
            return r;
        }
        if (last >= first) {
            out.text(r, 0, "Total du territoire (établissements comptés)", out.styles().totalLabel());
            for (int i = 0; i < CAPACITY.size(); i++) {
                Indicator indicator = CAPACITY.get(i);
                int c = FIRST_FIGURE + i;
                double cached = keyOf(indicator, yearsBack).map(key -> figures.get(key).doubleValue()).orElse(0.0);
                if (indicator == SAE_MCO_OCCUPANCY_RATE) {
                    if (cached > 0) {
                        out.formula(r, c, "SUMIFS(" + range(daysColumn, first, last) + "," + range(3, first, last) + ",\"Oui\","
                                        + range(bedDaysColumn, first, last) + ",\">0\")/SUMIFS(" + range(bedDaysColumn, first, last)
                                        + "," + range(3, first, last) + ",\"Oui\"," + range(daysColumn, first, last) + ",\">=0\")",
                                cached, Format.PERCENT, true);
                    }
                    continue;
                }
                out.formula(r, c, "SUMIF(" + range(3, first, last) + ",\"Oui\"," + range(c, first, last) + ")", cached,
                        indicator.unit() == Unit.FTE ? Format.DECIMAL : Format.INTEGER, true);
            }
            r++;
        }
        return r;
    }
}
