package fr.copilote.importer.job;

import fr.copilote.importer.csv.CsvFileReader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.csv.FileFingerprint;
import fr.copilote.importer.csv.FileInspector;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.RowImport;
import fr.copilote.importer.row.RowValidator;
import fr.copilote.importer.row.ValidatedRow;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ItemStreamException;

/**
 * Reads one input file and validates each row as it goes, handing the writer rows that are either accepted
 * or rejected — never dropped. It starts from the position the import registry holds for this file (moved
 * forward in every chunk's transaction), so that a restart — of a failed step, or of a completed one whose
 * job failed later — resumes right after the last committed row. Validators that remember earlier rows
 * (duplicate checks) first replay the committed rows.
 */
class CsvImportReader<T> {

    private final RowImport<T> definition;
    private final ImportedFile target;
    private final Path path;
    private final ReferenceData reference;
    private final ImportProgress progress;
    private CsvFileReader reader;
    private RowValidator<T> validator;

    CsvImportReader(RowImport<T> definition, ImportedFile target, Path path, ReferenceData reference, ImportProgress progress) {
        this.definition = definition;
        this.target = target;
        this.path = path;
        this.reference = reference;
        this.progress = progress;
    }

    void open() {
        FileFingerprint file = FileInspector.inspect(path);
        if (!file.sha256().equals(target.sha256())) {
            throw new ItemStreamException("Le fichier " + path.getFileName() + " a changé depuis le contrôle des entrées "
                    + "de cette exécution ; relancez l'exécution pour qu'il soit relu en entier");
        }
        reader = CsvFileReader.open(file, definition.kind().columns());
        validator = definition.validator().apply(reference);
        resumeAt(target.linesConsumed());
        progress.start(reader);
    }

    private void resumeAt(long linesConsumed) {
        if (!definition.statefulValidation()) {
            reader.skipTo(linesConsumed);
            return;
        }
        while (reader.linesConsumed() < linesConsumed) {
            CsvRow row = reader.next();
            if (row == null) {
                return;
            }
            ValidatedRow.of(row, reader.header(), validator);
        }
    }

    ValidatedRow<T> read() {
        CsvRow row = reader.next();
        if (row == null) {
            return null;
        }
        progress.rowRead();
        return ValidatedRow.of(row, reader.header(), validator);
    }

    /** Physical lines consumed so far: the position to resume from once the rows read are committed. */
    long linesConsumed() {
        return reader.linesConsumed();
    }

    void close() {
        if (reader != null) {
            progress.finish();
            reader.close();
            reader = null;
        }
    }
}
