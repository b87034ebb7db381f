package fr.copilote.importer.row;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvRow;
import java.util.List;

/**
 * The outcome of validating one line: the domain value when every rule holds, the broken rules otherwise.
 * Warnings never keep a row out.
 */
public record ValidatedRow<T>(CsvRow row, T value, List<RowProblem> problems, List<RowProblem> warnings) {

    public static <T> ValidatedRow<T> accepted(CsvRow row, T value, List<RowProblem> warnings) {
        return new ValidatedRow<>(row, value, List.of(), List.copyOf(warnings));
    }

    public static <T> ValidatedRow<T> rejected(CsvRow row, List<RowProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected row needs at least one problem");
        }
        return new ValidatedRow<>(row, null, List.copyOf(problems), List.of());
    }

    /** Validates a well-formed row; a row that could not even be split is rejected for its defect. */
    public static <T> ValidatedRow<T> of(CsvRow row, CsvHeader header, RowValidator<T> validator) {
        if (row.wellFormed()) {
            return validator.validate(row, header);
        }
        CsvRow.LineDefect defect = row.defect();
        return rejected(row, List.of(new RowProblem(defect.column(), defect.rule(), defect.message())));
    }

    public boolean isAccepted() {
        return problems.isEmpty();
    }

    public long lineNumber() {
        return row.lineNumber();
    }
}
