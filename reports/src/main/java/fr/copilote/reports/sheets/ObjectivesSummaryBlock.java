package fr.copilote.reports.sheets;

import fr.copilote.model.objective.ObjectiveResult;
import fr.copilote.model.objective.ObjectiveStatus;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import java.util.EnumMap;
import java.util.Map;

/**
 * The objectives on the Synthèse, in a few lines: how many are reached, on track, late, and how many could not be
 * judged (another year, no figure, a member gone), with the statuses marked as on the « Objectifs » sheet.
 */
public final class ObjectivesSummaryBlock {

    private final DashboardData data;

    public ObjectivesSummaryBlock(DashboardData data) {
        this.data = data;
    }

    /** @return the row after the block, as the Synthèse's other blocks return it: the next one leaves a blank row */
    public int write(SheetWriter out, int row) {
        out.text(row, 0, "Objectifs du projet médical partagé (" + data.consolidation().calendar().reportingYear() + ")",
                out.styles().subtitle());
        if (data.objectives().isEmpty()) {
            out.text(row + 1, 0, "Aucun objectif publié pour ce territoire : voir la feuille « " + ObjectivesSheet.NAME + " ».",
                    out.styles().note());
            return row + 2;
        }
        Map<ObjectiveStatus, Integer> counts = new EnumMap<>(ObjectiveStatus.class);
        for (ObjectiveResult result : data.objectives()) {
            counts.merge(result.status(), 1, Integer::sum);
        }
        out.headers(row + 1, 0, "Statut", "Objectifs");
        int r = row + 2;
        int firstStatus = r;
        for (ObjectiveStatus status : ObjectiveStatus.values()) {
            if (status.judged() || counts.containsKey(status)) {
                out.text(r, 0, status.label());
                out.number(r, 1, counts.getOrDefault(status, 0), Format.INTEGER);
                r++;
            }
        }
        StatusMarks.apply(out.sheet(), firstStatus, r - 1, 0);
        out.text(r, 0, "Détail, projection et méthode de chaque objectif sur la feuille « " + ObjectivesSheet.NAME + " ».",
                out.styles().note());
        return r + 1;
    }
}
