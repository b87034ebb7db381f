package fr.copilote.importer.csv;

import java.util.List;

/**
 * One data line of a file: its cells, or the defect that kept it from being split (then {@code cells} is
 * empty). Either way the raw line travels with it so that a reject can quote it.
 *
 * @param defect null for a well-formed line
 */
public record CsvRow(long lineNumber, String raw, List<String> cells, LineDefect defect) {

    /** Why a line could not be read into cells. */
    public record LineDefect(String rule, String column, String message) {
    }

    public boolean wellFormed() {
        return defect == null;
    }

    public String cell(int index) {
        return cells.get(index);
    }
}
