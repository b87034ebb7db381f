package fr.copilote.importer.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line into cells, RFC 4180 style within the line: a cell may be quoted with {@code "}, a quote
 * inside a quoted cell is doubled. A quoted cell that is not closed on its line is an error of that line
 * only — the contract holds one record per line, so the damage cannot spread to the lines after it.
 */
public final class CsvLineSplitter {

    private final char separator;

    public CsvLineSplitter(char separator) {
        this.separator = separator;
    }

    public char separator() {
        return separator;
    }

    public List<String> split(String line) throws CsvSyntaxException {
        List<String> cells = new ArrayList<>(16);
        int length = line.length();
        int i = 0;
        while (true) {
            int column = cells.size();
            if (i < length && line.charAt(i) == '"') {
                StringBuilder cell = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < length) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < length && line.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    cell.append(c);
                    i++;
                }
                if (!closed) {
                    throw new CsvSyntaxException(column, "guillemet ouvert et jamais fermé sur la ligne");
                }
                if (i < length && line.charAt(i) != separator) {
                    throw new CsvSyntaxException(column, "caractères après le guillemet fermant d'une valeur entre guillemets");
                }
                cells.add(cell.toString());
            } else {
                int end = line.indexOf(separator, i);
                if (end < 0) {
                    end = length;
                }
                cells.add(line.substring(i, end));
                i = end;
            }
            if (i >= length) {
                return cells;
            }
            i++; // the separator
        }
    }
}
