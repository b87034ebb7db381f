package fr.copilote.importer.row;

/**
 * A broken rule (or, for a warning, a doubtful value) found on one line.
 *
 * @param column the column as named in the file's header; null when the problem concerns the whole line
 * @param rule   the stable rule code of {@code docs/data-contract.md}
 */
public record RowProblem(String column, String rule, String message) {
}
