package fr.copilote.model.generator;

import fr.copilote.model.territory.TerritoryCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Where an establishment's patients live: mostly in its home territory, some in other territories, the nearer
 * the more, a few unknown (empty {@code patient_territory}).
 */
final class PatientOrigins {

    /** Weight of an unknown residence, against 1 for the nearest other territory. */
    private static final double UNKNOWN_CLOSENESS = 0.4;
    private static final double LEAST_HOME_WEIGHT = 5;
    private static final double MOST_HOME_WEIGHT = 12;

    private final Map<TerritoryCode, List<TerritoryCode>> nearestFirst = new TreeMap<>();

    /** A split of one activity between residences; the home territory first. */
    record Split(List<Optional<TerritoryCode>> residences, double[] shares) {
    }

    /** @param nearestFirst per home territory, the other territories its patients may live in, nearest first */
    PatientOrigins(Map<TerritoryCode, List<TerritoryCode>> nearestFirst) {
        nearestFirst.forEach((home, others) -> this.nearestFirst.put(home, List.copyOf(others)));
    }

    /** How many distinct residences one activity can be split into: home, each other territory, unknown. */
    int mostParts(TerritoryCode home) {
        return 2 + nearestFirst.getOrDefault(home, List.of()).size();
    }

    /**
     * {@code parts} distinct residences drawn without replacement, nearer territories more likely, and their
     * shares: the home territory gets 5 to 12 times the weight of the nearest other one, so that a far
     * territory only ever brings a few patients.
     */
    Split split(TerritoryCode home, int parts, SplittableRandom rng) {
        List<Optional<TerritoryCode>> candidates = new ArrayList<>();
        List<Double> closeness = new ArrayList<>();
        List<TerritoryCode> others = nearestFirst.getOrDefault(home, List.of());
        for (int rank = 0; rank < others.size(); rank++) {
            candidates.add(Optional.of(others.get(rank)));
            closeness.add(1.0 / (1 + rank));
        }
        candidates.add(Optional.empty());
        closeness.add(UNKNOWN_CLOSENESS);

        List<Optional<TerritoryCode>> residences = new ArrayList<>(parts);
        residences.add(Optional.of(home));
        double[] weights = new double[Math.min(parts, 1 + candidates.size())];
        weights[0] = Draws.between(rng, LEAST_HOME_WEIGHT, MOST_HOME_WEIGHT);
        for (int i = 1; i < weights.length; i++) {
            int drawn = weightedIndex(closeness, rng);
            residences.add(candidates.remove(drawn));
            weights[i] = closeness.remove(drawn) * Draws.between(rng, 0.5, 1.0);
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= total;
        }
        return new Split(residences, weights);
    }

    private static int weightedIndex(List<Double> weights, SplittableRandom rng) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double target = rng.nextDouble() * total;
        for (int i = 0; i < weights.size(); i++) {
            target -= weights.get(i);
            if (target < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }
}
