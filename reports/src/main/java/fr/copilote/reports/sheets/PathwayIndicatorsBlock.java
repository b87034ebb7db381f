package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.model.indicator.PeriodScope.YEAR_TO_DATE;
import static fr.copilote.model.indicator.PeriodScope.YEAR_TO_DATE_N1;

import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The indicators a territory's controller reads beside the pathways' volumes, year to date against N-1: ambulatory
 * surgery rate, average length of stay per pathway, share of each pathway's activity done under conventions, biology
 * internalisation rate. Rates change in points, lengths of stay in days.
 */
final class PathwayIndicatorsBlock {

    static final String TITLE = "Indicateurs de pilotage des filières (cumul de l'année, établissements comptés)";

    private final Figures figures;

    PathwayIndicatorsBlock(Figures figures) {
        this.figures = figures;
    }

    private record Line(String label, CarePathway pathway, IndicatorKey key) {
    }

    int write(SheetWriter out, int row) {
        out.text(row, 0, TITLE, out.styles().subtitle());
        out.headers(row + 1, 0, "Indicateur", "Filière", "Valeur", "N-1", "Écart");
        List<Line> lines = lines();
        if (lines.isEmpty()) {
            out.text(row + 2, 0, "Aucune activité ne permet ces indicateurs sur la période (séjours de chirurgie, journées et "
                    + "séjours HC, activité sous convention, actes de biologie)", out.styles().note());
            return row + 3;
        }
        int r = row + 2;
        for (Line line : lines) {
            Indicator indicator = line.key().indicator();
            Format format = SheetWriter.formatOf(indicator.unit());
            out.wrapped(r, 0, line.label());
            out.text(r, 1, line.pathway().label());
            out.number(r, 2, figures.get(line.key()), format);
            IndicatorKey previous = new IndicatorKey(indicator, YEAR_TO_DATE_N1, null, null, null, line.pathway(),
                    line.key().activityType(), null);
            if (figures.find(previous).isPresent()) {
                double now = figures.get(line.key()).doubleValue();
                double before = figures.get(previous).doubleValue();
                out.number(r, 3, before, format);
                if (indicator.unit() == fr.copilote.model.indicator.Unit.RATE) {
                    Changes.points(out, r, 4, 2, 3, now, before);
                } else {
                    Changes.difference(out, r, 4, 2, 3, now, before, format);
                }
            }
            r++;
        }
        return r;
    }

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        add(lines, AMBULATORY_SURGERY_RATE.label(), IndicatorKey.of(AMBULATORY_SURGERY_RATE, YEAR_TO_DATE)
                .pathway(CarePathway.CHIRURGIE_ANESTHESIE));
        for (CarePathway pathway : CarePathway.values()) {
            add(lines, AVERAGE_LENGTH_OF_STAY.label() + " (jours)", IndicatorKey.of(AVERAGE_LENGTH_OF_STAY, YEAR_TO_DATE).pathway(pathway));
        }
        figures.matching(v -> v.indicator() == SHARE_UNDER_CONVENTIONS && v.scope() == YEAR_TO_DATE && v.entity() == null
                        && v.pathway() != null).stream()
                .sorted(Comparator.comparing(IndicatorValue::pathway).thenComparing(IndicatorValue::activityType))
                .forEach(v -> add(lines, "Part sous convention — " + v.activityType().label().toLowerCase(java.util.Locale.ROOT),
                        v.key()));
        add(lines, BIOLOGY_INTERNALISATION_RATE.label(), IndicatorKey.of(BIOLOGY_INTERNALISATION_RATE, YEAR_TO_DATE)
                .pathway(CarePathway.BIOLOGIE));
        return lines;
    }

    private void add(List<Line> lines, String label, IndicatorKey key) {
        if (figures.find(key).isPresent()) {
            lines.add(new Line(label, key.pathway(), key));
        }
    }
}
