package fr.copilote.importer.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A file's header matched against the expected columns: where each expected column is. */
public final class CsvHeader {

    private final List<String> actual;
    private final Map<String, Integer> positions;
    private final char separator;

    private CsvHeader(List<String> actual, Map<String, Integer> positions, char separator) {
        this.actual = List.copyOf(actual);
        this.positions = Map.copyOf(positions);
        this.separator = separator;
    }

    /**
     * Recognises the separator ({@code ;} first, then {@code ,}) as the one that makes the header line match
     * the expected columns, names compared without case and surrounding blanks.
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
            if (expected.onlyThese()) {
                for (int i = 0; i < cells.size(); i++) {
                    String cell = cells.get(i);
                    if (expected.names().stream().noneMatch(name -> normalise(name).equals(normalise(cell)))) {
                        // An empty name (a trailing separator) would otherwise read as nothing at all.
                        unexpected.add(cell.isBlank() ? "colonne " + (i + 1) + " sans nom" : cell.strip());
                    }
                }
            }
            if (missing.isEmpty() && unexpected.isEmpty() && (!expected.onlyThese() || cells.size() == expected.names().size())) {
                Map<String, Integer> byExpectedName = new HashMap<>();
                expected.names().forEach(name -> byExpectedName.put(name, positions.get(normalise(name))));
                return new CsvHeader(cells, byExpectedName, separator);
            }
            if (problem == null && cells.size() > 1) {
                problem = describe(missing, unexpected, cells.size(), expected);
            }
        }
        throw new StructuralFileException(fileName, "en-tête non reconnu" + (problem == null ? "" : " (" + problem + ")")
                + ". En-tête attendu" + (expected.onlyThese() ? "" : ", au moins ces colonnes") + " : "
                + expected.asHeaderLine(';') + " (séparateur ; ou ,). En-tête trouvé : « " + excerpt(headerLine) + " »");
    }

    private static String describe(List<String> missing, List<String> unexpected, int count, ExpectedColumns expected) {
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("colonnes manquantes : " + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            parts.add("colonnes inconnues : " + String.join(", ", unexpected));
        }
        if (parts.isEmpty()) {
            parts.add(count + " colonnes au lieu de " + expected.names().size() + " (colonne en double ?)");
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

    /** 0-based position of an expected column. */
    public int indexOf(String expectedName) {
        Integer index = positions.get(expectedName);
        if (index == null) {
            throw new IllegalArgumentException("colonne non attendue : " + expectedName);
        }
        return index;
    }

    /** The column's name as the file writes it, for messages. */
    public String nameAt(int index) {
        return index >= 0 && index < actual.size() ? actual.get(index).strip() : "colonne " + (index + 1);
    }
}
