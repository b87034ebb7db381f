package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.reports.workbook.SheetWriter.range;
import static fr.copilote.reports.workbook.SheetWriter.ref;

import fr.copilote.model.consolidation.SaeComparison;
import fr.copilote.model.consolidation.SaeFigure;
import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The coherence table of « Capacités et SAE »: for the calendar year of each SAE base, each member's activity declared
 * in {@code activite.csv} against the SAE figure of the same kind, the gap as formulas, a flag beyond the threshold,
 * and per kind the total of the counted members compared.
 */
final class SaeCoherenceTable {

    private final TerritoryConsolidation consolidation;
    private final Figures figures;
    private final BigDecimal threshold;

    SaeCoherenceTable(TerritoryConsolidation consolidation, Figures figures, BigDecimal threshold) {
        this.consolidation = consolidation;
        this.figures = figures;
        this.threshold = threshold;
    }

    /** Declared activity of the SAE's calendar year against the SAE, one row per member and kind of activity. */
    void write(SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        int r = row;
        String percent = thresholdText();
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
            Optional<Integer> year = yearOf(comparison);
            if (year.isEmpty()) {
                continue;
            }
            String detail = String.valueOf(year.get());
            IndicatorKey declaredKey = declaredKey(comparison, year.get());
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
            int year = yearOf(comparison).orElseThrow();
            IndicatorKey declaredKey = declaredKey(comparison, year);
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
        IndicatorKey gapKey = declaredKey(comparison, year).as(SAE_COHERENCE_GAP);
        double sum = 0;
        for (var entity : consolidation.perimeter().countedEntities()) {
            if (figures.find(gapKey.entity(entity)).isPresent()) {
                sum += figures.get(IndicatorKey.of(comparison.sae(), PeriodScope.AT_DATE).detail(detail).entity(entity)).doubleValue();
            }
        }
        return sum;
    }

    /** The year of the SAE base the comparison reads: the latest of its source. */
    private Optional<Integer> yearOf(SaeComparison comparison) {
        return consolidation.officialYears().of(SaeFigure.of(comparison.sae()).orElseThrow().source());
    }

    private static IndicatorKey declaredKey(SaeComparison comparison, int year) {
        return IndicatorKey.of(DECLARED_FOR_SAE, PeriodScope.AT_DATE).activityType(comparison.activityType())
                .detail(String.valueOf(year));
    }

    private String flag(BigDecimal gap) {
        if (gap.abs().compareTo(threshold) <= 0) {
            return "";
        }
        return "Écart de plus de " + thresholdText();
    }

    /** « 10 % », « 7,5 % ». */
    private String thresholdText() {
        return threshold.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
