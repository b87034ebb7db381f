package fr.copilote.importer.report;

/**
 * Text from an input file, made harmless for a spreadsheet: a cell starting with {@code = + - @}, a tab or a
 * carriage return would be taken as a formula by Excel or LibreOffice opening the CSV (formula injection),
 * so it is prefixed with an apostrophe, which both show as text.
 */
public final class SpreadsheetSafeText {

    private SpreadsheetSafeText() {
    }

    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
