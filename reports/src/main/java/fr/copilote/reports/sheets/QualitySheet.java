package fr.copilote.reports.sheets;

import static fr.copilote.reports.workbook.SheetWriter.range;
import static fr.copilote.reports.workbook.SheetWriter.ref;

import fr.copilote.model.establishment.Finess;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.dashboard.InputFileSummary;
import fr.copilote.reports.dashboard.UnreadColumnLine;
import fr.copilote.reports.workbook.PrintLayout;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * « Qualité des données »: for each input file of the run, the rows read, accepted, rejected and flagged, the
 * most frequent reasons, and where the reject report is — so that a controller knows what the figures rest on;
 * then every header column the run did not read, file by file, and the legal entities named from their sites.
 */
public final class QualitySheet {

    public static final String NAME = "Qualité des données";

    private final DashboardData data;

    public QualitySheet(DashboardData data) {
        this.data = data;
    }

    public Sheet write(Workbook workbook, WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, styles);
        out.widths(26, 30, 14, 12, 12, 12, 14, 10, 50, 50, 60);
        out.text(0, 0, "Qualité des données de l'exécution n° " + data.receipt().executionId(), styles.title());
        out.text(1, 0, "Chaque ligne lue est retenue ou rejetée : lues = retenues + rejetées. Les lignes avec avertissement "
                + "sont retenues et comptent dans les chiffres.", styles.note());
        int headerRow = 3;
        out.headers(headerRow, 0, "Fichier", "Nature", "Statut", "Lignes lues", "Retenues", "Rejetées", "Avec avertissement",
                "Taux de rejet", "Principaux motifs de rejet", "Principaux avertissements", "Rapport de rejets");
        List<InputFileSummary> files = data.receipt().files();
        int r = headerRow + 1;
        for (InputFileSummary file : files) {
            out.inputText(r, 0, file.fileName());
            out.text(r, 1, file.kindLabel());
            out.text(r, 2, file.status());
            out.number(r, 3, file.rowsRead(), Format.INTEGER);
            out.number(r, 4, file.rowsAccepted(), Format.INTEGER);
            out.number(r, 5, file.rowsRejected(), Format.INTEGER);
            out.number(r, 6, file.rowsWarned(), Format.INTEGER);
            if (file.rowsRead() > 0) {
                out.formula(r, 7, ref(r, 5) + "/" + ref(r, 3), (double) file.rowsRejected() / file.rowsRead(), Format.PERCENT, false);
            }
            out.paragraphs(r, 8, file.topReasons());
            out.paragraphs(r, 9, file.topWarnings());
            out.inputText(r, 10, file.rejectReport());
            r++;
        }
        if (!files.isEmpty()) {
            int first = headerRow + 1;
            int last = r - 1;
            out.text(r, 0, "Total", styles.totalLabel());
            for (int c = 3; c <= 6; c++) {
                int column = c;
                long total = files.stream().mapToLong(f -> switch (column) {
                    case 3 -> f.rowsRead();
                    case 4 -> f.rowsAccepted();
                    case 5 -> f.rowsRejected();
                    default -> f.rowsWarned();
                }).sum();
                out.formula(r, c, "SUM(" + range(c, first, last) + ")", total, Format.INTEGER, true);
            }
        }
        r = unreadColumns(out, r + 2, files);
        entitiesNamedFromSites(out, r + 1);
        sheet.createFreezePane(1, headerRow + 1);
        PrintLayout.apply(sheet, data.consolidation().perimeter().name(), "Exécution n° " + data.receipt().executionId(), headerRow);
        return sheet;
    }

    /**
     * One row per file and column the run did not read: the rows are kept, the column is only left aside, and the
     * controller sees it rather than trusting that nothing was there.
     */
    private static int unreadColumns(SheetWriter out, int row, List<InputFileSummary> files) {
        int r = row;
        out.text(r++, 0, "Colonnes non lues", out.styles().subtitle());
        if (files.stream().allMatch(file -> file.unreadColumns().isEmpty())) {
            out.text(r++, 0, "Aucune : chaque colonne des fichiers d'entrée a été lue.", out.styles().note());
            return r;
        }
        out.text(r++, 0, "Ces colonnes des fichiers d'entrée ne sont pas lues : leurs lignes sont retenues, sans elles.",
                out.styles().note());
        out.headers(r++, 0, "Fichier", "Nature", "N° de colonne", "Lettre", "Colonne");
        out.headers(r - 1, 8, "Avertissement");
        for (InputFileSummary file : files) {
            for (UnreadColumnLine column : file.unreadColumns()) {
                out.inputText(r, 0, file.fileName());
                out.text(r, 1, file.kindLabel());
                out.number(r, 2, column.number(), Format.INTEGER);
                out.text(r, 3, column.letter());
                out.inputText(r, 4, column.name());
                out.inputText(r, 8, column.message());
                r++;
            }
        }
        return r;
    }

    /**
     * The territory's legal entities whose name the directory had to make up from their sites: without the SAE legal
     * entity base ({@code ST_<année>r.csv}) a CHU would otherwise bear the name of one of its services.
     */
    private void entitiesNamedFromSites(SheetWriter out, int row) {
        int r = row;
        out.text(r++, 0, "Entités juridiques sans nom officiel", out.styles().subtitle());
        List<Finess> named = data.entitiesNamedFromSites().stream().sorted().toList();
        if (named.isEmpty()) {
            out.text(r, 0, "Aucune : chaque entité juridique porte son nom de la base SAE ST ou de l'annuaire.", out.styles().note());
            return;
        }
        out.text(r++, 0, "Faute de base SAE des entités juridiques (ST_<année>r.csv), ces entités sont nommées d'après leurs sites : "
                + "déposez ce fichier dans le dossier d'entrée pour leurs noms officiels.", out.styles().note());
        out.headers(r++, 0, "FINESS", "Nom affiché");
        for (Finess entity : named) {
            out.text(r, 0, entity.value());
            out.inputText(r++, 1, data.nameOf(entity));
        }
    }
}
