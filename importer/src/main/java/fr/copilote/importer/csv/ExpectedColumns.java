package fr.copilote.importer.csv;

import java.util.List;

/**
 * The header a file must carry.
 *
 * @param names   the columns Copilote reads
 * @param onlyThese true for Copilote's own files (exactly these columns, in any order); false for published
 *                  bases such as the SAE ones, which carry many more columns than Copilote reads
 */
public record ExpectedColumns(List<String> names, boolean onlyThese) {

    public static ExpectedColumns exactly(String... names) {
        return new ExpectedColumns(List.of(names), true);
    }

    public static ExpectedColumns atLeast(String... names) {
        return new ExpectedColumns(List.of(names), false);
    }

    public String asHeaderLine(char separator) {
        return String.join(String.valueOf(separator), names);
    }
}
