package fr.copilote.model.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Consecutive days, both ends included. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends before it starts: " + first + " – " + last);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** Days shared with [from, to], {@code to} null meaning open-ended. */
    public long overlapDays(LocalDate from, LocalDate to) {
        LocalDate start = from.isAfter(first) ? from : first;
        LocalDate end = to == null || to.isAfter(last) ? last : to;
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
