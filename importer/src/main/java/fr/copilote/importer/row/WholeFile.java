package fr.copilote.importer.row;

import fr.copilote.importer.csv.CsvFileReader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.csv.ExpectedColumns;
import fr.copilote.importer.csv.FileInspector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small file read whole and validated, for reference data that is replaced at once rather than streamed.
 */
public record WholeFile<T>(List<ValidatedRow<T>> accepted, List<ValidatedRow<T>> rejected) {

    public static <T> WholeFile<T> read(Path path, ExpectedColumns columns, RowValidator<T> validator) {
        List<ValidatedRow<T>> accepted = new ArrayList<>();
        List<ValidatedRow<T>> rejected = new ArrayList<>();
        try (CsvFileReader reader = CsvFileReader.open(FileInspector.inspect(path), columns)) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                ValidatedRow<T> validated = ValidatedRow.of(row, reader.header(), validator);
                (validated.isAccepted() ? accepted : rejected).add(validated);
            }
        }
        return new WholeFile<>(accepted, rejected);
    }

    public long rowsRead() {
        return accepted.size() + rejected.size();
    }

    public long rowsWarned() {
        return accepted.stream().filter(row -> !row.warnings().isEmpty()).count();
    }

    public List<T> values() {
        return accepted.stream().map(ValidatedRow::value).toList();
    }
}
