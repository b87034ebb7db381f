package fr.copilote.importer.badinput;

/**
 * A reject or a warning as the admin reads it in {@code import_reject} / {@code import_warning}: the physical
 * line (the header is line 1), the column as named in the file (null for the whole line), the rule code of
 * the data contract and the French message.
 */
record Problem(long line, String column, String rule, String message) {
}
