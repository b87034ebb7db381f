package fr.copilote.importer.csv;

import java.util.List;

/**
 * The header a file must carry: the columns Copilote reads, each by name. Whatever else the header holds is
 * not read and is reported, column by column ({@link UnreadColumn}); the rows are kept.
 *
 * @param names        the columns Copilote reads, each required
 * @param optional     columns read when present (added to a published base after files without them were valid)
 * @param contractFile true for Copilote's own files, whose columns the data contract fixes: each of them once, and
 *                     no column without a name (the sign of a shifted export); false for published bases such as
 *                     the SAE ones, which carry many more columns than Copilote reads, and are taken as published
 */
public record ExpectedColumns(List<String> names, boolean contractFile, List<String> optional) {

    public ExpectedColumns(List<String> names, boolean contractFile) {
        this(names, contractFile, List.of());
    }

    public static ExpectedColumns contractFile(String... names) {
        return new ExpectedColumns(List.of(names), true);
    }

    public static ExpectedColumns atLeast(String... names) {
        return new ExpectedColumns(List.of(names), false);
    }

    /** The same columns, and these read too when the header has them. */
    public ExpectedColumns readingAlsoWhenPresent(String... columns) {
        return new ExpectedColumns(names, contractFile, List.of(columns));
    }

    public String asHeaderLine(char separator) {
        return String.join(String.valueOf(separator), names);
    }
}
