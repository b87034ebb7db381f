package fr.copilote.scheduler.bench;

import java.util.Locale;

/** One measured phase: rows handled, seconds taken, peak heap. */
record Measure(String label, long rows, double seconds, long peakHeapMb) {

    /** The faster of two measures of the same phase, with the higher of their heap peaks: best time, worst memory. */
    static Measure best(Measure best, Measure candidate) {
        if (best == null) {
            return candidate;
        }
        Measure faster = candidate.seconds() < best.seconds() ? candidate : best;
        return new Measure(faster.label(), faster.rows(), faster.seconds(), Math.max(best.peakHeapMb(), candidate.peakHeapMb()));
    }

    double rowsPerSecond() {
        return rows / seconds;
    }

    String tableRow() {
        return String.format(Locale.FRANCE, "| %s | %,.0f | %.1f | %d |", label, rowsPerSecond(), seconds, peakHeapMb);
    }
}
