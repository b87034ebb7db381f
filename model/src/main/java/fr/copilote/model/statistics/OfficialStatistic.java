package fr.copilote.model.statistics;

import fr.copilote.model.establishment.Finess;
import java.util.Objects;

/**
 * One figure of an official statistics file, as published.
 *
 * @param finess    the establishment the publisher names (a site or a legal entity), as given
 * @param measure   the published column name for the SAE bases ({@code SEJHC_MCO}); a stable code of
 *                  Copilote's for ScanSanté, whose headers are sentences ({@code SEJOURS_HC})
 * @param dimension where the publisher splits an establishment's figures over several rows, which row:
 *                  {@code DISCI} (Q21), {@code GDE} (SSR), {@code URG} (URGENCES2); null otherwise. Rows of
 *                  one establishment are not to be summed across dimensions: some are totals of others
 */
public record OfficialStatistic(StatisticSource source, int year, Finess finess, String measure, String dimension,
                                PublishedValue value) {

    public OfficialStatistic {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(finess, "finess");
        Objects.requireNonNull(value, "value");
        if (measure == null || measure.isBlank()) {
            throw new IllegalArgumentException("a figure needs its measure code");
        }
        if (dimension != null && dimension.isBlank()) {
            dimension = null;
        }
    }
}
