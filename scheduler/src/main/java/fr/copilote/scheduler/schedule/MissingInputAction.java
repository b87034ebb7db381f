package fr.copilote.scheduler.schedule;

/** What the scheduled run does when an expected file has not arrived by its time. */
public enum MissingInputAction {
    /** Fail at once, naming the missing files (the default). */
    FAIL,
    /** Wait for the files, up to {@code wait-up-to}, then fail if they are still missing. */
    WAIT,
    /** Run on the data already published for the missing files, and say so. */
    PREVIOUS
}
