package fr.copilote.model.generator;

import java.time.LocalDate;

/** @param end null for an open-ended convention */
record ConventionDates(LocalDate start, LocalDate end) {

    ConventionDates {
        if (end != null && end.isBefore(start)) {
            throw new IllegalStateException("convention ending before it starts: " + start + " > " + end);
        }
    }
}
