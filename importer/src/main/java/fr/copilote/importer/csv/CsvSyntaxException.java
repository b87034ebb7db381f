package fr.copilote.importer.csv;

/** A line that cannot be split into cells; {@code column} is the 0-based index of the cell at fault. */
public class CsvSyntaxException extends Exception {

    private final int column;

    public CsvSyntaxException(int column, String frenchMessage) {
        super(frenchMessage, null, false, false);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
