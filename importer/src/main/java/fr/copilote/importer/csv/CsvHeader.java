package fr.copilote.importer.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file's header matched against the expected columns: where each expected column is, and which columns are
 * left unread.
 */
public final class CsvHeader {

    private final List<String> actual;
    private final Map<String, Integer> positions;
    private final char separator;
    private final List<UnreadColumn> unread;

    private CsvHeader(List<String> actual, Map<String, Integer> positions, char separator, List<UnreadColumn> unread) {
        this.actual = List.copyOf(actual);
        this.positions = Map.copyOf(positions);
        this.separator = separator;
        this.unread = List.copyOf(unread);
    }

    /**
     * Recognises the separator ({@code ;} first, then {@code ,}) as the one that makes the header line match
     * the expected columns, names compared without case and surrounding blanks. A column beyond the expected
     * ones does not stop the file: it is left unread, and said so.
     */
    public static CsvHeader resolve(String fileName, String headerLine, ExpectedColumns expected) {
        String problem = null;
        for (char separator : new char[] {';', ','}) {
            List<String> cells;
            try {
                cells = new CsvLineSplitter(separator).split(headerLine);
            } catch (CsvSyntaxException e) {
                continue;
            }
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                positions.putIfAbsent(normalise(cells.get(i)), i);
            }
            List<String> missing = new ArrayList<>();
            for (String name : expected.names()) {
                if (!positions.containsKey(normalise(name))) {
                    missing.add(name);
                }
            }
            List<String> unexpected = new ArrayList<>();
            List<String> repeated = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                boolean isExpected = expected.names().stream().anyMatch(name -> normalise(name).equals(normalise(cell)));
                if (!isExpected && expected.contractFile()) {
                    // Named in the failure message, as a hint when a column is missing: a typo shows beside it.
                    // An empty name (a trailing separator) would otherwise read as nothing at all.
                    unexpected.add(cell.isBlank() ? "colonne " + (i + 1) + " sans nom" : cell.strip());
                } else if (isExpected && positions.get(normalise(cell)) != i) {
                    repeated.add(cell.strip());
                }
            }
            boolean unnamed = cells.stream().anyMatch(String::isBlank);
            boolean contractHolds = !expected.contractFile() || (!unnamed && repeated.isEmpty());
            if (missing.isEmpty() && contractHolds) {
                Map<String, Integer> byExpectedName = new HashMap<>();
                expected.names().forEach(name -> byExpectedName.put(name, positions.get(normalise(name))));
                expected.optional().stream().filter(name -> positions.containsKey(normalise(name)))
                        .forEach(name -> byExpectedName.put(name, positions.get(normalise(name))));
                return new CsvHeader(cells, byExpectedName, separator, unread(cells, positions, byExpectedName, expected));
            }
            if (problem == null && cells.size() > 1) {
                problem = describe(missing, unexpected, repeated);
            }
        }
        throw new StructuralFileException(fileName, "en-tête non reconnu" + (problem == null ? "" : " (" + problem + ")")
                + ". En-tête attendu" + (expected.contractFile() ? "" : ", au moins ces colonnes") + " : "
                + expected.asHeaderLine(';') + " (séparateur ; ou ,). En-tête trouvé : « " + excerpt(headerLine) + " »");
    }

    /** Every column no expected name points at, in header order, with why it is left unread. */
    private static List<UnreadColumn> unread(List<String> cells, Map<String, Integer> positions, Map<String, Integer> read,
                                             ExpectedColumns expected) {
        Set<Integer> readPositions = new HashSet<>(read.values());
        List<UnreadColumn> unread = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (readPositions.contains(i)) {
                continue;
            }
            Integer first = positions.get(normalise(cells.get(i)));
            String reason = first != i && readPositions.contains(first) ? UnreadColumn.repeats(first + 1)
                    : expected.contractFile() ? UnreadColumn.NOT_IN_CONTRACT : UnreadColumn.NOT_READ_FROM_PUBLISHED;
            unread.add(new UnreadColumn(i + 1, cells.get(i), reason));
        }
        return unread;
    }

    private static String describe(List<String> missing, List<String> unexpected, List<String> repeated) {
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("colonnes manquantes : " + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            parts.add("colonnes inconnues : " + String.join(", ", unexpected));
        }
        if (!repeated.isEmpty()) {
            parts.add("colonne" + (repeated.size() > 1 ? "s" : "") + " en double : " + String.join(", ", repeated));
        }
        return String.join(" ; ", parts);
    }

    private static String excerpt(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public char separator() {
        return separator;
    }

    public int columnCount() {
        return actual.size();
    }

    /** Whether the file has this expected column (always, for a required one). */
    public boolean has(String expectedName) {
        return positions.containsKey(expectedName);
    }

    /** 0-based position of an expected column. */
    public int indexOf(String expectedName) {
        Integer index = positions.get(expectedName);
        if (index == null) {
            throw new IllegalArgumentException("colonne non attendue : " + expectedName);
        }
        return index;
    }

    /** The header's columns that no expected name points at: not read, and to be reported. */
    public List<UnreadColumn> unreadColumns() {
        return unread;
    }

    /** The column's name as the file writes it, for messages. */
    public String nameAt(int index) {
        return index >= 0 && index < actual.size() ? actual.get(index).strip() : "colonne " + (index + 1);
    }
}
