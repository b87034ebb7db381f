package fr.copilote.model.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** How many conventions of a cooperation end up in each {@link ConventionFate}. */
record FateMix(Map<ConventionFate, Integer> counts) {

    FateMix {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** The usual spread: mostly running, some over, planned or cancelled. */
    static FateMix typical(int total) {
        ConventionFate[] fates = ConventionFate.values();
        double[] shares = new double[fates.length];
        for (int i = 0; i < fates.length; i++) {
            shares[i] = fates[i].typicalShare();
        }
        int[] split = Apportionment.split(total, shares);
        Map<ConventionFate, Integer> counts = new EnumMap<>(ConventionFate.class);
        for (int i = 0; i < fates.length; i++) {
            counts.put(fates[i], split[i]);
        }
        return new FateMix(counts);
    }

    /** Every convention signed and running on the reference date, a few of them due for renewal. */
    static FateMix allInForce(int total, int endingSoon, int endingLater) {
        Map<ConventionFate, Integer> counts = new EnumMap<>(ConventionFate.class);
        counts.put(ConventionFate.IN_FORCE_OPEN, total - endingSoon - endingLater);
        counts.put(ConventionFate.IN_FORCE_ENDING_SOON, endingSoon);
        counts.put(ConventionFate.IN_FORCE_ENDING_LATER, endingLater);
        return new FateMix(counts);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One fate per convention, in random order so that fates do not follow the flows they are drafted in. */
    List<ConventionFate> shuffled(SplittableRandom rng) {
        List<ConventionFate> fates = new ArrayList<>(total());
        counts.forEach((fate, count) -> fates.addAll(Collections.nCopies(count, fate)));
        return Draws.shuffled(rng, fates);
    }
}
