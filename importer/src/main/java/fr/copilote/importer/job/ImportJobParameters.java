package fr.copilote.importer.job;

/** Names of the job parameters the import steps read. */
public final class ImportJobParameters {

    /** The business date a run is for: the identifying parameter, so that a date never runs twice. */
    public static final String BUSINESS_DATE = "date";
    /** The folder holding the input files (not identifying: a restart may point elsewhere). */
    public static final String INPUT_FOLDER = "input";
    /** The folder reports are written to (not identifying). */
    public static final String OUTPUT_FOLDER = "output";
    /** What to do when an expected file is missing: {@link MissingInputPolicy}, FAIL when absent (not identifying). */
    public static final String MISSING_INPUT = "missingInput";
    /** Comma-separated names of files to publish even though they remove much of what they replace (not identifying). */
    public static final String ACCEPT_REDUCTION = "acceptReduction";

    private ImportJobParameters() {
    }
}
