package fr.copilote.model.generator;

import fr.copilote.model.establishment.GeoPoint;
import fr.copilote.model.territory.TerritoryCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each territory's nearest territories, where its patients and cross-territory conventions mostly come from.
 * Distances are compared on a flat map scaled for France's latitude: plain arithmetic, so the ranking is the
 * same on every machine, which trigonometry does not promise.
 */
final class TerritoryNeighbours {

    /** Longitude degrees are shorter than latitude degrees at French latitudes (cos 46.5° ≈ 0.69). */
    private static final double LONGITUDE_SCALE = 0.69;

    private TerritoryNeighbours() {
    }

    static Map<TerritoryCode, List<TerritoryCode>> of(List<TerritoryDraft> territories, int count) {
        Map<TerritoryCode, GeoPoint> centres = new TreeMap<>();
        territories.forEach(territory -> centres.put(territory.code(), territory.centre()));
        return of(centres, count);
    }

    /** @param centres where each territory is; ties in distance go to the smaller code */
    static Map<TerritoryCode, List<TerritoryCode>> of(Map<TerritoryCode, GeoPoint> centres, int count) {
        Map<TerritoryCode, List<TerritoryCode>> neighbours = new TreeMap<>();
        centres.forEach((code, centre) -> {
            List<TerritoryCode> others = new ArrayList<>(centres.keySet());
            others.remove(code);
            others.sort(Comparator.comparingDouble((TerritoryCode other) -> squaredDistance(centre, centres.get(other)))
                    .thenComparing(Comparator.naturalOrder()));
            neighbours.put(code, List.copyOf(others.subList(0, Math.min(count, others.size()))));
        });
        return neighbours;
    }

    private static double squaredDistance(GeoPoint a, GeoPoint b) {
        double north = a.latitude() - b.latitude();
        double east = (a.longitude() - b.longitude()) * LONGITUDE_SCALE;
        return north * north + east * east;
    }
}
