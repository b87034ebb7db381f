package fr.copilote.importer.job;

import java.util.Locale;

/** What a run does when an expected input file is not in the input folder. */
public enum MissingInputPolicy {
    /** The run fails with a message naming the missing files (the default). */
    FAIL,
    /** The run goes on with the data already published for the missing kinds, and says so; fails if there is none. */
    PREVIOUS;

    public static MissingInputPolicy of(String value) {
        return value == null || value.isBlank() ? FAIL : valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
