package fr.copilote.reports.sheets;

import static fr.copilote.reports.workbook.SheetWriter.ref;

import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.objective.Objective;
import fr.copilote.model.objective.ObjectiveResult;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.workbook.PrintLayout;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * « Objectifs »: each objective of the shared medical project with its target, the value of the year to date (or the
 * current value of a rate or a stock), the projection to year end and how it was made, the gap and the status — in
 * words, marked for grey print by {@link StatusMarks}. Every objective is listed, judged or not.
 */
public final class ObjectivesSheet {

    public static final String NAME = "Objectifs";
    static final int HEADER_ROW = 3;
    static final int STATUS_COLUMN = 11;

    private final DashboardData data;

    public ObjectivesSheet(DashboardData data) {
        this.data = data;
    }

    public Sheet write(Workbook workbook, WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, styles);
        out.widths(30, 34, 24, 36, 8, 30, 18, 20, 20, 44, 18, 18, 60);
        TerritoryPerimeter perimeter = data.consolidation().perimeter();
        var calendar = data.consolidation().calendar();
        out.text(0, 0, "Objectifs du projet médical partagé — " + perimeter.name(), styles.title());
        out.text(1, 0, "Année " + calendar.reportingYear() + ", cumul de janvier à " + calendar.month().month().format(FrenchDates.MONTH)
                + " (" + calendar.monthsElapsed() + " mois écoulés). Projection d'une somme : cumul × année N-1 ÷ mêmes mois N-1 "
                + "(saisonnalité), ou cumul × 12 ÷ mois écoulés quand N-1 manque ou est incomplet ; d'un stock, d'un taux ou "
                + "d'une moyenne : la valeur actuelle. Écart = projection − cible.", styles.note());
        if (data.objectives().isEmpty()) {
            out.text(HEADER_ROW, 0, emptyState(perimeter), styles.note());
            PrintLayout.apply(sheet, perimeter.name(), "Objectifs " + calendar.reportingYear(), -1);
            return sheet;
        }
        out.headers(HEADER_ROW, 0, "Filière", "Indicateur", "Type d'activité", "Périmètre", "Année", "Sens", "Cible",
                "Cumul de l'année ou valeur actuelle", "Projection fin d'année", "Méthode", "Écart à la cible (projection − cible)",
                "Statut", "Précision");
        int r = HEADER_ROW + 1;
        for (ObjectiveResult result : data.objectives()) {
            write(out, r++, result);
        }
        StatusMarks.apply(sheet, HEADER_ROW + 1, r - 1, STATUS_COLUMN);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        PrintLayout.apply(sheet, perimeter.name(), "Objectifs " + calendar.reportingYear(), HEADER_ROW);
        return sheet;
    }

    private String emptyState(TerritoryPerimeter perimeter) {
        return perimeter.code().equals(TerritoryPerimeter.ALL_TERRITORIES)
                ? "Les objectifs se fixent par territoire : voyez le classeur de chacun."
                : "Aucun objectif publié pour ce territoire : objectifs.csv, facultatif, est absent du dossier d'entrée "
                        + "ou ne porte aucune ligne pour " + perimeter.code() + ".";
    }

    private void write(SheetWriter out, int r, ObjectiveResult result) {
        Objective objective = result.objective();
        Format format = SheetWriter.formatOf(objective.indicator().unit());
        out.text(r, 0, objective.pathway() == null ? "Toutes filières" : objective.pathway().label());
        out.text(r, 1, objective.indicator().label());
        out.text(r, 2, objective.activityType() == null ? "" : objective.activityType().label());
        out.inputText(r, 3, objective.onMember() ? data.nameOf(objective.entity()) + " (FINESS " + objective.finess() + ")"
                : "Territoire (établissements comptés)");
        out.number(r, 4, objective.year(), Format.INTEGER);
        out.text(r, 5, objective.direction().label());
        out.number(r, 6, objective.target(), format);
        if (result.status().judged()) {
            out.number(r, 7, result.current(), format);
            out.number(r, 8, result.projection(), format);
            out.text(r, 9, result.method().label());
            out.formula(r, 10, ref(r, 8) + "-" + ref(r, 6), result.gap().doubleValue(), format, false);
        }
        out.text(r, STATUS_COLUMN, result.status().label());
        out.text(r, 12, result.note() == null ? "" : result.note());
    }
}
