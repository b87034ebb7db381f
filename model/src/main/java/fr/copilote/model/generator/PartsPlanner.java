package fr.copilote.model.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides into how many patient residences each pathway of a cell is split, to use a row budget. A pathway
 * split in k residences writes k rows per activity type, so that stays and days are split alike.
 */
final class PartsPlanner {

    private PartsPlanner() {
    }

    /**
     * @param typeCounts activity types per pathway, i.e. the rows one residence costs
     * @param mostParts  per pathway, the most residences it may be split into
     * @return parts per pathway; 0 when the budget cannot afford the pathway at all this month
     */
    static int[] plan(int[] typeCounts, int[] mostParts, long budget, SplittableRandom rng) {
        List<Integer> order = new ArrayList<>(typeCounts.length);
        for (int i = 0; i < typeCounts.length; i++) {
            order.add(i);
        }
        order = Draws.shuffled(rng, order);
        int[] parts = new int[typeCounts.length];
        long left = budget;
        for (int i : order) {
            if (typeCounts[i] <= left) {
                parts[i] = 1;
                left -= typeCounts[i];
            }
        }
        boolean grew = true;
        while (grew && left > 0) {
            grew = false;
            for (int i : order) {
                if (parts[i] >= 1 && parts[i] < mostParts[i] && typeCounts[i] <= left) {
                    parts[i]++;
                    left -= typeCounts[i];
                    grew = true;
                }
            }
        }
        return parts;
    }
}
