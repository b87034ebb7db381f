package fr.copilote.model.generator;

import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.Finess;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The establishments of a national-scale data set, grouped in territories, with the directory files that
 * describe them and, for real establishments, their SAE figures.
 *
 * @param knownFigures yearly figures of the establishments that have some; the others get synthetic ones
 */
record SiteSelection(List<TerritoryDraft> territories, Map<Finess, AnnualFigures> knownFigures, DirectoryFiles directory) {

    SiteSelection {
        territories = List.copyOf(territories);
        knownFigures = new TreeMap<>(knownFigures);
    }

    Map<Finess, Establishment> sites() {
        Map<Finess, Establishment> sites = new TreeMap<>();
        territories.forEach(territory -> territory.members().forEach(member -> sites.put(member.site().finess(), member.site())));
        return sites;
    }
}
