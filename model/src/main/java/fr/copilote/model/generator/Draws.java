package fr.copilote.model.generator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

/** The few kinds of random draw the generator makes. */
final class Draws {

    private Draws() {
    }

    static double between(SplittableRandom rng, double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    static int between(SplittableRandom rng, int low, int highInclusive) {
        return low + rng.nextInt(highInclusive - low + 1);
    }

    static boolean chance(SplittableRandom rng, double probability) {
        return rng.nextDouble() < probability;
    }

    static <T> T pick(SplittableRandom rng, List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    /** A shuffled copy (Fisher–Yates), leaving the input untouched. */
    static <T> List<T> shuffled(SplittableRandom rng, Collection<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }
}
