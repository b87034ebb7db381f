package fr.copilote.model.generator;

/**
 * Splits a whole number into whole parts proportional to weights (largest-remainder method), so that the
 * parts always add up to the total: counts of rows, conventions or patients never drift through rounding.
 */
final class Apportionment {

    private Apportionment() {
    }

    /** Ties on the remainder go to the lowest index, which keeps the split deterministic. */
    static long[] split(long total, double[] weights) {
        long[] parts = new long[weights.length];
        double sum = 0;
        for (double weight : weights) {
            sum += Math.max(0, weight);
        }
        if (weights.length == 0 || total <= 0) {
            return parts;
        }
        if (sum <= 0) {
            parts[0] = total;
            return parts;
        }
        double[] remainders = new double[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * Math.max(0, weights[i]) / sum;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }
        for (long left = total - assigned; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    static int[] split(int total, double[] weights) {
        long[] parts = split((long) total, weights);
        int[] ints = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ints[i] = (int) parts[i];
        }
        return ints;
    }
}
