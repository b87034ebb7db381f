package fr.copilote.scheduler.history;

import fr.copilote.importer.csv.UnreadColumn;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.RecordedReject;
import java.util.List;

/** An input file of the run: its accounting, its most frequent reject reasons, its first rejects, the columns it left unread. */
public record FileReport(ImportedFile file, List<String> topReasons, List<RecordedReject> firstRejects,
                         List<UnreadColumn> unreadColumns) {

    /** « 2 colonnes non lues : COMMENTAIRE (n° 13, M), … », for the console page. */
    public String unreadColumnsInOneLine() {
        return UnreadColumn.inOneLine(unreadColumns);
    }
}
