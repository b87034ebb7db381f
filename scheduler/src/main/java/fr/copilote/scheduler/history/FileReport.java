package fr.copilote.scheduler.history;

import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.RecordedReject;
import java.util.List;

/** An input file of the run: its accounting, its most frequent reject reasons and its first rejects. */
public record FileReport(ImportedFile file, List<String> topReasons, List<RecordedReject> firstRejects) {
}
