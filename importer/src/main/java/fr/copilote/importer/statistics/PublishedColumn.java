package fr.copilote.importer.statistics;

import fr.copilote.model.statistics.PublishedValue;
import java.util.Optional;

/**
 * A column of a published file that holds figures.
 *
 * @param name       the column as the file's header names it
 * @param measure    the measure code its figures are stored under
 * @param percentage the cells are percentages ({@code 63,3 %}), stored as rates
 */
public record PublishedColumn(String name, String measure, boolean percentage) {

    /** A column whose figures keep the published column name as measure code (the SAE bases). */
    public static PublishedColumn asPublished(String name) {
        return new PublishedColumn(name, name, false);
    }

    public static PublishedColumn number(String name, String measure) {
        return new PublishedColumn(name, measure, false);
    }

    public static PublishedColumn percentage(String name, String measure) {
        return new PublishedColumn(name, measure, true);
    }

    /** The cell's value; empty when the cell holds none. */
    public Optional<PublishedValue> read(String cell) {
        return percentage ? PublishedValue.parsePercentage(cell) : PublishedValue.parse(cell);
    }
}
