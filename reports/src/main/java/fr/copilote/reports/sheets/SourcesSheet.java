package fr.copilote.reports.sheets;

import fr.copilote.model.statistics.OfficialYears;
import fr.copilote.model.statistics.StatisticSource;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.dashboard.IgnoredFileLine;
import fr.copilote.reports.dashboard.InputFileSummary;
import fr.copilote.reports.dashboard.RunReceipt;
import fr.copilote.reports.workbook.PrintLayout;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * « Sources »: the workbook's receipt. Which run made it, for which date, with which parameters, from which
 * files (each with its SHA-256 and counts), with which directory and which version of Copilote, and when — the
 * same facts are also written as the workbook's document properties. Then the entries of the input folder that
 * the run did not read, each with why.
 */
public final class SourcesSheet {

    public static final String NAME = "Sources";

    private final DashboardData data;

    public SourcesSheet(DashboardData data) {
        this.data = data;
    }

    public Sheet write(Workbook workbook, WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, styles);
        out.widths(46, 30, 68, 14, 18, 10, 12, 12, 12, 12, 20);
        RunReceipt receipt = data.receipt();
        out.text(0, 0, "Sources et traçabilité", styles.title());
        int r = 2;
        r = pair(out, r, "Exécution n°", String.valueOf(receipt.executionId()));
        out.text(r, 0, "Date d'arrêté", styles.subtitle());
        out.date(r++, 1, data.consolidation().calendar().businessDate());
        out.text(r, 0, "Mois de référence de l'activité", styles.subtitle());
        out.month(r++, 1, data.consolidation().calendar().month().firstDay());
        r = pair(out, r, "Territoire", data.consolidation().perimeter().name() + " (" + data.consolidation().perimeter().code() + ")");
        r = pair(out, r, "Annuaire des établissements", "SAE " + receipt.directoryYear());
        OfficialYears official = data.consolidation().officialYears();
        if (official.years().isEmpty()) {
            r = pair(out, r, "Statistiques officielles", "aucune base chargée : pas d'ETP médicaux ni de lits SAE");
        }
        for (StatisticSource source : official.years().keySet().stream().sorted().toList()) {
            r = pair(out, r, "Statistiques officielles — " + source.label(), official.label(source));
        }
        r = pair(out, r, "Version de Copilote", receipt.applicationVersion());
        out.text(r, 0, "Généré le", styles.subtitle());
        out.dateTime(r++, 1, receipt.generatedAt());
        for (Map.Entry<String, String> parameter : receipt.parameters().entrySet()) {
            r = pair(out, r, "Paramètre « " + parameter.getKey() + " »", parameter.getValue());
        }
        r++;
        out.text(r++, 0, "Fichiers d'entrée", styles.subtitle());
        int headerRow = r;
        out.headers(headerRow, 0, "Fichier", "Nature", "Empreinte SHA-256", "Taille (octets)", "Encodage", "Séparateur",
                "Lignes lues", "Retenues", "Rejetées", "Statut", "Importé le");
        r++;
        for (InputFileSummary file : receipt.files()) {
            out.inputText(r, 0, file.fileName());
            out.text(r, 1, file.kindLabel());
            out.text(r, 2, file.sha256());
            out.number(r, 3, file.sizeBytes(), Format.INTEGER);
            out.inputText(r, 4, file.encoding());
            out.inputText(r, 5, file.separator());
            out.number(r, 6, file.rowsRead(), Format.INTEGER);
            out.number(r, 7, file.rowsAccepted(), Format.INTEGER);
            out.number(r, 8, file.rowsRejected(), Format.INTEGER);
            out.text(r, 9, file.status());
            if (file.importedAt() != null) {
                out.dateTime(r, 10, file.importedAt());
            }
            r++;
        }
        r = ignoredFiles(out, r + 1, receipt);
        PrintLayout.apply(sheet, data.consolidation().perimeter().name(), "Exécution n° " + receipt.executionId(), -1);
        return sheet;
    }

    /** The rest of the input folder: so that the receipt accounts for every file the admin dropped, read or not. */
    private static int ignoredFiles(SheetWriter out, int row, RunReceipt receipt) {
        int r = row;
        out.text(r++, 0, "Fichiers ignorés du dossier d'entrée", out.styles().subtitle());
        if (receipt.ignoredFiles().isEmpty()) {
            out.text(r++, 0, "Aucun : chaque fichier du dossier d'entrée a été lu.", out.styles().note());
            return r;
        }
        out.headers(r++, 0, "Fichier", "Motif");
        for (IgnoredFileLine file : receipt.ignoredFiles()) {
            out.inputText(r, 0, file.fileName());
            out.text(r++, 1, file.reason());
        }
        return r;
    }

    /**
     * A label and its value, the value as input text: the territory's name comes from the territories file, the
     * parameters from the command line.
     */
    private static int pair(SheetWriter out, int row, String label, String value) {
        out.text(row, 0, label, out.styles().subtitle());
        out.inputText(row, 1, value);
        return row + 1;
    }
}
