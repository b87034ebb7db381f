package fr.copilote.scheduler.bench;

import java.util.Locale;

/** One measured phase: rows handled, seconds taken, peak heap. */
record Measure(String label, long rows, double seconds, long peakHeapMb) {

    double rowsPerSecond() {
        return rows / seconds;
    }

    String tableRow() {
        return String.format(Locale.FRANCE, "| %s | %,.0f | %.1f | %d |", label, rowsPerSecond(), seconds, peakHeapMb);
    }
}
