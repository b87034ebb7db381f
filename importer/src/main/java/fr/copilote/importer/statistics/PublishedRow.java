package fr.copilote.importer.statistics;

import fr.copilote.model.statistics.OfficialStatistic;
import java.util.List;

/** The figures one line of a published file holds: one per non-empty measure cell, possibly none. */
public record PublishedRow(List<OfficialStatistic> figures) {

    public PublishedRow {
        figures = List.copyOf(figures);
    }
}
