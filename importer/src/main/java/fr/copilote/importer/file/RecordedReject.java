package fr.copilote.importer.file;

/** A rejected row as recorded: its line, the column at fault (if one), the rule and the French message. */
public record RecordedReject(long lineNumber, String column, String rule, String message) {
}
