package fr.copilote.importer.csv;

/**
 * One line of a file as it was written, without its line break.
 *
 * @param number   1-based line number in the file (the header is line 1)
 * @param text     the line, or its first {@link LineReader#EXCERPT} characters when it was too long
 * @param length   the line's full length in characters
 * @param tooLong  the line exceeded the reader's limit and was not kept whole
 */
public record PhysicalLine(long number, String text, long length, boolean tooLong) {
}
