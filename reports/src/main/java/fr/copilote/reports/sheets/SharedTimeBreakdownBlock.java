package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.SHARED_FTE_BY_MODE;
import static fr.copilote.model.indicator.Indicator.SHARED_FTE_BY_PATHWAY;
import static fr.copilote.model.indicator.Indicator.SHARED_FTE_BY_SPECIALTY;
import static fr.copilote.model.indicator.PeriodScope.AT_DATE;
import static fr.copilote.reports.workbook.SheetWriter.range;

import fr.copilote.model.convention.SharingMode;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The shared time in force on the business date, broken down by care pathway, by specialty and by sharing mode:
 * where the territory's cooperations put their medical time. Each convention touching a counted member counts
 * once, internal ones included, so the totals are the time the territory's conventions carry, not its balance.
 */
final class SharedTimeBreakdownBlock {

    static final String TITLE = "Temps partagé par filière, spécialité et mode de partage (ETP, à la date d'arrêté)";

    private final Figures figures;

    SharedTimeBreakdownBlock(Figures figures) {
        this.figures = figures;
    }

    int write(SheetWriter out, int row) {
        out.text(row, 0, TITLE, out.styles().subtitle());
        if (figures.matching(v -> v.indicator() == SHARED_FTE_BY_PATHWAY && v.scope() == AT_DATE).isEmpty()) {
            out.text(row + 1, 0, "Aucune convention en vigueur à la date d'arrêté", out.styles().note());
            return row + 2;
        }
        int r = table(out, row + 1, "Filière", SHARED_FTE_BY_PATHWAY, v -> v.pathway().label());
        r = table(out, r + 1, "Spécialité", SHARED_FTE_BY_SPECIALTY, IndicatorValue::detail);
        return table(out, r + 1, "Mode de partage", SHARED_FTE_BY_MODE, v -> SharingMode.valueOf(v.detail()).label());
    }

    private int table(SheetWriter out, int row, String dimension, Indicator indicator, Function<IndicatorValue, String> label) {
        out.headers(row, 0, dimension, "ETP en vigueur");
        List<IndicatorValue> lines = figures.matching(v -> v.indicator() == indicator && v.scope() == AT_DATE && v.entity() == null)
                .stream().sorted(Comparator.comparing(IndicatorValue::value).reversed().thenComparing(label)).toList();
        int first = row + 1;
        int r = first;
        double total = 0;
        for (IndicatorValue line : lines) {
            out.inputText(r, 0, label.apply(line));
            out.number(r, 1, line.value(), Format.DECIMAL);
            total += line.value().doubleValue();
            r++;
        }
        out.text(r, 0, "Total", out.styles().totalLabel());
        out.formula(r, 1, "SUM(" + range(1, first, r - 1) + ")", total, Format.DECIMAL, true);
        return r + 1;
    }
}
