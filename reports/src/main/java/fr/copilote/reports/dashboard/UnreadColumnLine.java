package fr.copilote.reports.dashboard;

/**
 * A header column of an input file that the run did not read (rule {@code COLONNE_NON_LUE}): listed on the
 * Qualité des données sheet, one row per file and column.
 *
 * @param number  1-based position of the column in the file's header
 * @param letter  the column's letter when the file is opened in a spreadsheet
 * @param message the warning as the importer words it
 */
public record UnreadColumnLine(int number, String letter, String name, String message) {
}
