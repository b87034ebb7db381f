package fr.copilote.model.statistics;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which year of each official base a run's figures come from — the most recent one loaded up to the reporting year —
 * so that every official figure a workbook shows says its base and year (« ETP médicaux (SAE Q21 2022) »), whatever
 * year the directory is.
 */
public record OfficialYears(Map<StatisticSource, Integer> years) {

    public OfficialYears {
        years = years.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(years));
    }

    public static OfficialYears none() {
        return new OfficialYears(Map.of());
    }

    public Optional<Integer> of(StatisticSource source) {
        return Optional.ofNullable(years.get(source));
    }

    /** « SAE Q21 2022 », or « SAE Q21 : aucune base chargée ». */
    public String label(StatisticSource source) {
        return of(source).map(year -> source.shortLabel() + " " + year).orElse(source.shortLabel() + " : aucune base chargée");
    }
}
