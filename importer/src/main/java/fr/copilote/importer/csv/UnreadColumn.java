package fr.copilote.importer.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A column of a file's header that the importer does not read (rule {@value #RULE}): a column beyond the data
 * contract in one of Copilote's own files, or a column of a published base that the contract leaves aside. The
 * file's rows are kept whole; the column is only said to be left unread, so that nothing is dropped in silence.
 *
 * @param number 1-based position of the column in the header
 * @param name   the column's name as the header writes it (stripped), empty when the header gives none
 * @param reason why it is not read, in French, completing « non lue : … »
 */
public record UnreadColumn(int number, String name, String reason) {

    public static final String RULE = "COLONNE_NON_LUE";

    /** Column names are kept to this length: a header cell is not meant to be a paragraph. */
    public static final int MAX_NAME_LENGTH = 200;

    static final String NOT_IN_CONTRACT = "elle n'appartient pas au contrat de données";
    static final String NOT_READ_FROM_PUBLISHED = "Copilote ne lit de ce fichier publié que les colonnes que décrit le contrat de données";

    public UnreadColumn {
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH - 1) + "…";
        }
    }

    static String repeats(int firstNumber) {
        return "elle répète la colonne n° " + firstNumber + ", seule lue";
    }

    /** The column's letter when the file is opened in a spreadsheet: 1 is A, 27 is AA. */
    public String letter() {
        StringBuilder letters = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /**
     * A file's unread columns on one line, for the console and the log, where one line per column would bury the
     * rest under a published base's dozens: « 2 colonnes non lues : COMMENTAIRE (n° 13, M), NOTE (n° 14, N) ».
     */
    public static String inOneLine(List<UnreadColumn> columns) {
        return columns.size() + (columns.size() > 1 ? " colonnes non lues : " : " colonne non lue : ") + columns.stream()
                .map(column -> (column.name.isEmpty() ? "sans nom" : column.name) + " (n° " + column.number + ", " + column.letter() + ")")
                .collect(Collectors.joining(", "));
    }

    /** What the admin reads: « colonne « COMMENTAIRE » (n° 13, M) non lue : elle n'appartient pas au contrat de données ». */
    public String message() {
        return "colonne " + (name.isEmpty() ? "sans nom" : "« " + name + " »") + " (n° " + number + ", " + letter()
                + ") non lue : " + reason;
    }
}
