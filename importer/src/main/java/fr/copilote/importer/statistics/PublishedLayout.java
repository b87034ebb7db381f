package fr.copilote.importer.statistics;

import fr.copilote.importer.csv.ExpectedColumns;
import fr.copilote.model.statistics.StatisticSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How a published statistics file lays out its figures: the columns that say whose figures a row holds, and
 * the measure columns read as figures. Every other column (names, text codes) is left unread.
 *
 * @param nameColumn      the establishment's name, read only to recognise a total line (no FINESS, « Total »)
 * @param yearColumn      the year each row carries (SAE {@code AN}), checked against the file name's; null
 *                        when only the file name tells the year
 * @param dimensionColumn the breakdown a row belongs to when an establishment has several rows; null otherwise
 * @param periodColumn    the months the figures cover ({@code M12}: the whole year); null when not published
 */
public record PublishedLayout(StatisticSource source, String finessColumn, String nameColumn, String yearColumn,
                              String dimensionColumn, String periodColumn, List<PublishedColumn> measures) {

    public PublishedLayout {
        Objects.requireNonNull(source);
        Objects.requireNonNull(finessColumn);
        Objects.requireNonNull(nameColumn);
        measures = List.copyOf(measures);
    }

    /**
     * A DREES SAE base: {@code FI} the establishment, {@code RS} its name, {@code AN} the year, and measure
     * columns stored under their published names.
     *
     * @param measureColumns the measure columns as the header writes them, separated by {@code ;}
     */
    static PublishedLayout sae(StatisticSource source, String dimensionColumn, String measureColumns) {
        return new PublishedLayout(source, "FI", "RS", "AN", dimensionColumn, null,
                Arrays.stream(measureColumns.split(";")).map(PublishedColumn::asPublished).toList());
    }

    /** The header the file must carry: at least the columns read. */
    public ExpectedColumns columns() {
        List<String> names = new ArrayList<>();
        Stream.of(finessColumn, nameColumn, yearColumn, dimensionColumn, periodColumn).filter(Objects::nonNull).forEach(names::add);
        measures.forEach(measure -> names.add(measure.name()));
        return ExpectedColumns.atLeast(names.toArray(String[]::new));
    }
}
