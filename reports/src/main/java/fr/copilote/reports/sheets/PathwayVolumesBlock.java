package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.ACTIVITY_UNDER_CONVENTIONS;
import static fr.copilote.model.indicator.Indicator.ACTIVITY_VOLUME;
import static fr.copilote.model.indicator.PeriodScope.*;
import static fr.copilote.reports.workbook.SheetWriter.range;
import static fr.copilote.reports.workbook.SheetWriter.ref;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every pathway's volume in every activity type it has, year to date against the same months of N-1 and over
 * the rolling 12 months, and what of it was done under conventions; then each type's total over the pathways. Units are never added across types: the totals
 * are per type, each a SUMIF over the rows of its type.
 */
final class PathwayVolumesBlock {

    static final String TITLE = "Volumes par filière et type d'activité (établissements comptés)";
    private static final PeriodScope[] SCOPES = {YEAR_TO_DATE, YEAR_TO_DATE_N1, ROLLING_12, ROLLING_12_N1};

    private final Figures figures;

    PathwayVolumesBlock(Figures figures) {
        this.figures = figures;
    }

    private record Line(CarePathway pathway, ActivityType type) {
    }

    int write(SheetWriter out, int row) {
        WorkbookStyles styles = out.styles();
        out.text(row, 0, TITLE, styles.subtitle());
        out.headers(row + 1, 0, "Filière", "Type d'activité", "Cumul de l'année", "Mêmes mois N-1", "Écart", "Évolution",
                "12 mois glissants", "12 mois glissants N-1", "dont sous convention (cumul)");
        List<Line> lines = lines();
        if (lines.isEmpty()) {
            out.text(row + 2, 0, "Aucune activité publiée sur les 24 mois lus", styles.note());
            return row + 3;
        }
        int first = row + 2;
        int r = first;
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        for (Line line : lines) {
            types.add(line.type());
            out.text(r, 0, line.pathway().label());
            out.wrapped(r, 1, line.type().label());
            long now = volume(line, YEAR_TO_DATE);
            long before = volume(line, YEAR_TO_DATE_N1);
            out.number(r, 2, now, Format.INTEGER);
            out.number(r, 3, before, Format.INTEGER);
            Changes.difference(out, r, 4, 2, 3, now, before, Format.INTEGER);
            Changes.relative(out, r, 5, 2, 3, now, before);
            out.number(r, 6, volume(line, ROLLING_12), Format.INTEGER);
            out.number(r, 7, volume(line, ROLLING_12_N1), Format.INTEGER);
            IndicatorKey under = IndicatorKey.of(ACTIVITY_UNDER_CONVENTIONS, YEAR_TO_DATE).pathway(line.pathway()).activityType(line.type());
            if (figures.find(under).isPresent()) {
                out.number(r, 8, figures.get(under), Format.INTEGER);
            }
            r++;
        }
        int last = r - 1;
        for (ActivityType type : types) {
            out.text(r, 0, "Total toutes filières", styles.totalLabel());
            out.wrapped(r, 1, type.label());
            int[] columns = {2, 3, 6, 7};
            for (int i = 0; i < columns.length; i++) {
                int c = columns[i];
                out.formula(r, c, "SUMIF(" + range(1, first, last) + "," + ref(r, 1) + "," + range(c, first, last) + ")",
                        figures.get(IndicatorKey.of(ACTIVITY_VOLUME, SCOPES[i]).activityType(type)).doubleValue(), Format.INTEGER, true);
            }
            double now = figures.get(IndicatorKey.of(ACTIVITY_VOLUME, YEAR_TO_DATE).activityType(type)).doubleValue();
            double before = figures.get(IndicatorKey.of(ACTIVITY_VOLUME, YEAR_TO_DATE_N1).activityType(type)).doubleValue();
            Changes.difference(out, r, 4, 2, 3, now, before, Format.INTEGER);
            Changes.relative(out, r, 5, 2, 3, now, before);
            r++;
        }
        return r;
    }

    /** The pathway and type pairs with volume in any of the spans shown, pathways then types in catalogue order. */
    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (CarePathway pathway : CarePathway.values()) {
            for (ActivityType type : ActivityType.values()) {
                Line line = new Line(pathway, type);
                for (PeriodScope scope : SCOPES) {
                    if (volume(line, scope) != 0) {
                        lines.add(line);
                        break;
                    }
                }
            }
        }
        return lines;
    }

    private long volume(Line line, PeriodScope scope) {
        return figures.get(IndicatorKey.of(ACTIVITY_VOLUME, scope).pathway(line.pathway()).activityType(line.type())).longValue();
    }
}
