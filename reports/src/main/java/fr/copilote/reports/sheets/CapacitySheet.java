package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.reports.workbook.SheetWriter.range;
import static fr.copilote.reports.workbook.SheetWriter.ref;

import fr.copilote.model.consolidation.SaeComparison;
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
import fr.copilote.model.text.FrenchDates;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.PrintLayout;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** Where the sheet starts its members' columns: name, FINESS, role, counted. */
    private static final int FIRST_FIGURE = 4;

    private static final List<Indicator> CAPACITY = List.of(SAE_MCO_BEDS, SAE_MCO_PLACES, SAE_MCO_DAYS, SAE_MCO_BED_DAYS,
            SAE_MCO_OCCUPANCY_RATE, SAE_SSR_BEDS, SAE_SSR_PLACES, SAE_SSR_DAYS, SAE_EMERGENCY_PASSAGES, SAE_DELIVERIES, MEDICAL_FTE);

    private static final List<String> CAPACITY_LABELS = List.of("Lits MCO", "Places MCO", "Journées MCO",
            "Journées-lits exploitables MCO", "Taux d'occupation MCO", "Lits SSR", "Places SSR", "Journées SSR (HC)",
            "Passages aux urgences", "Accouchements", "ETP médicaux");

    private final TerritoryConsolidation consolidation;
    private final Figures figures;
    private final BigDecimal threshold;

    /** @param threshold the gap, as a rate (0.10 for 10 %), beyond which a declared figure is flagged */
    public CapacitySheet(TerritoryConsolidation consolidation, Figures figures, BigDecimal threshold) {
        this.consolidation = consolidation;
        this.figures = figures;
        this.threshold = threshold;
    }

    public XSSFSheet write(XSSFWorkbook workbook, WorkbookStyles styles) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, styles);
        int[] widths = new int[FIRST_FIGURE + CAPACITY.size()];
        widths[0] = 44;
        widths[1] = 24;
        widths[2] = 22;
        widths[3] = 12;
        for (int i = FIRST_FIGURE; i < widths.length; i++) {
            widths[i] = 14;
        }
        out.widths(widths);
        TerritoryPerimeter perimeter = consolidation.perimeter();
        out.text(0, 0, "Capacités et activité SAE — " + perimeter.name(), styles.title());
        out.text(1, 0, "Chiffres publiés par la DREES (SAE) pour chaque entité juridique, somme de ses sites ; année N : base la plus "
                + "récente chargée de chaque source, N-1 : base de l'année d'avant, quand elle est chargée.", styles.note());
        int r = 3;
        out.text(r++, 0, "Capacités et activité — dernière base SAE chargée (N)", styles.subtitle());
        r = capacity(out, r, 0);
        r++;
        out.text(r++, 0, "Capacités et activité — base SAE de l'année précédente (N-1)", styles.subtitle());
        if (hasPreviousYear()) {
            r = capacity(out, r, 1);
        } else {
            out.text(r++, 0, "Aucune base SAE de l'année précédente n'est chargée pour ces établissements : déposez par exemple "
                    + "MCO_2022r.csv à côté de MCO_2023r.csv dans le dossier d'entrée pour voir l'évolution.", styles.note());
        }
        r++;
        coherence(out, r);
        PrintLayout.apply(sheet, perimeter.name(), "Arrêté au " + consolidation.calendar().businessDate().format(FrenchDates.DATE), -1);
        return sheet;
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

    private boolean hasPreviousYear() {
        for (Indicator indicator : CAPACITY) {
            Optional<Integer> year = yearOf(indicator, 1);
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

    private int capacity(SheetWriter out, int headerRow, int yearsBack) {
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
                    out.formula(r, c, ref(r, daysColumn) + "/" + ref(r, bedDaysColumn), value.get().doubleValue(), Format.PERCENT, false);
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

    /** Declared activity of the SAE's calendar year against the SAE, one row per member and kind of activity. */
    private void coherence(SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        int r = row;
        String percent = threshold.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
        out.text(r++, 0, "Cohérence de l'activité transmise (activite.csv) avec la SAE, même année civile", styles.subtitle());
        out.text(r++, 0, "Comparée seulement quand l'établissement a transmis les 12 mois de l'année de la base SAE. Séjours HC hors "
                + "SSR et psychiatrie contre SEJHC_MCO ; passages contre PASSU ; naissances contre ENFANTS (enfants nés, non les "
                + "accouchements) ; journées de la filière SSR contre JOUHC. Alerte au-delà d'un écart de " + percent
                + " (copilote.output.coherence-threshold).", styles.note());
        int headerRow = r;
        out.headers(headerRow, 0, "Établissement (entité juridique)", "Activité comparée", "Année (base SAE)", "Compté",
                "Mois transmis", "Transmis (activite.csv)", "SAE", "Écart", "Écart (%)", "Comparé", "Alerte");
        int first = headerRow + 1;
        r = first;
        TerritoryPerimeter perimeter = consolidation.perimeter();
        List<SaeComparison> compared = new ArrayList<>();
        for (SaeComparison comparison : SaeComparison.values()) {
            Optional<Integer> year = consolidation.officialYears().of(SaeFigure.of(comparison.sae()).orElseThrow().source());
            if (year.isEmpty()) {
                continue;
            }
            String detail = String.valueOf(year.get());
            IndicatorKey declaredKey = IndicatorKey.of(DECLARED_FOR_SAE, PeriodScope.AT_DATE).activityType(comparison.activityType()).detail(detail);
            IndicatorKey saeKey = IndicatorKey.of(comparison.sae(), PeriodScope.AT_DATE).detail(detail);
            for (TerritoryMember member : perimeter.members()) {
                Optional<BigDecimal> sae = figures.find(saeKey.entity(member.entity()));
                Optional<BigDecimal> declared = figures.find(declaredKey.entity(member.entity()));
                if (sae.isEmpty() && declared.isEmpty()) {
                    continue;
                }
                int months = figures.get(IndicatorKey.of(DECLARED_MONTHS, PeriodScope.AT_DATE).entity(member.entity()).detail(detail))
                        .intValue();
                out.inputText(r, 0, member.name());
                out.text(r, 1, comparison.label());
                out.text(r, 2, String.valueOf(year.get()));
                out.text(r, 3, perimeter.countsInTotals(member.entity()) ? "Oui" : "Non");
                out.number(r, 4, months, Format.INTEGER);
                if (declared.isPresent()) {
                    out.number(r, 5, declared.get(), Format.INTEGER);
                } else {
                    out.text(r, 5, "année incomplète (" + months + " mois sur 12)");
                }
                if (sae.isPresent()) {
                    out.number(r, 6, sae.get(), Format.INTEGER);
                } else {
                    out.text(r, 6, "pas de ligne SAE");
                }
                Optional<BigDecimal> gap = figures.find(declaredKey.as(SAE_COHERENCE_GAP).entity(member.entity()));
                if (gap.isPresent()) {
                    double difference = declared.get().subtract(sae.get()).doubleValue();
                    out.formula(r, 7, ref(r, 5) + "-" + ref(r, 6), difference, Format.INTEGER, false);
                    out.formula(r, 8, ref(r, 7) + "/" + ref(r, 6), gap.get().doubleValue(), Format.PERCENT, false);
                    out.text(r, 9, "Oui");
                    out.text(r, 10, flag(gap.get()));
                } else {
                    out.text(r, 9, "Non");
                    out.text(r, 10, declared.isEmpty() ? "non comparé : année incomplète" : "non comparé : pas de chiffre SAE");
                }
                r++;
            }
            if (figures.find(declaredKey.as(SAE_COHERENCE_GAP)).isPresent()) {
                compared.add(comparison);
            }
        }
        int last = r - 1;
        if (last < first) {
            out.text(r, 0, "Aucune comparaison possible : pas de base SAE MCO, Urgences, Périnatalité ou SSR chargée, ou aucun membre "
                    + "n'y figure ni ne transmet d'activité de ces genres.", styles.note());
            return;
        }
        for (SaeComparison comparison : compared) {
            int year = consolidation.officialYears().of(SaeFigure.of(comparison.sae()).orElseThrow().source()).orElseThrow();
            IndicatorKey declaredKey = IndicatorKey.of(DECLARED_FOR_SAE, PeriodScope.AT_DATE).activityType(comparison.activityType()).detail(String.valueOf(year));
            BigDecimal declared = figures.get(declaredKey);
            BigDecimal gap = figures.get(declaredKey.as(SAE_COHERENCE_GAP));
            String conditions = "," + range(1, first, last) + ",\"" + comparison.label() + "\"," + range(3, first, last) + ",\"Oui\","
                    + range(9, first, last) + ",\"Oui\")";
            out.text(r, 0, "Total du territoire (comptés et comparés)", styles.totalLabel());
            out.text(r, 1, comparison.label());
            out.text(r, 2, String.valueOf(year));
            out.formula(r, 5, "SUMIFS(" + range(5, first, last) + conditions, declared.doubleValue(), Format.INTEGER, true);
            double sae = comparedSaeTotal(comparison, year);
            out.formula(r, 6, "SUMIFS(" + range(6, first, last) + conditions, sae, Format.INTEGER, true);
            out.formula(r, 7, ref(r, 5) + "-" + ref(r, 6), declared.doubleValue() - sae, Format.INTEGER, true);
            out.formula(r, 8, ref(r, 7) + "/" + ref(r, 6), gap.doubleValue(), Format.PERCENT, true);
            out.text(r, 10, flag(gap));
            r++;
        }
    }

    /** The SAE figures of the counted members compared, added up as the total row's SUMIFS does. */
    private double comparedSaeTotal(SaeComparison comparison, int year) {
        String detail = String.valueOf(year);
        IndicatorKey gapKey = IndicatorKey.of(SAE_COHERENCE_GAP, PeriodScope.AT_DATE).activityType(comparison.activityType()).detail(detail);
        double sum = 0;
        for (var entity : consolidation.perimeter().countedEntities()) {
            if (figures.find(gapKey.entity(entity)).isPresent()) {
                sum += figures.get(IndicatorKey.of(comparison.sae(), PeriodScope.AT_DATE).detail(detail).entity(entity)).doubleValue();
            }
        }
        return sum;
    }

    private String flag(BigDecimal gap) {
        if (gap.abs().compareTo(threshold) <= 0) {
            return "";
        }
        return "Écart de plus de " + threshold.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
