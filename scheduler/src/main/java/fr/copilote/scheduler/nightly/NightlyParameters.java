package fr.copilote.scheduler.nightly;

import fr.copilote.importer.job.ImportJobParameters;
import fr.copilote.importer.job.MissingInputPolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The nightly job's parameters. Only the business date identifies a run: the same date never runs twice,
 * whoever launches it; folders and territories may change on a restart.
 */
public final class NightlyParameters {

    public static final String BUSINESS_DATE = ImportJobParameters.BUSINESS_DATE;
    public static final String INPUT_FOLDER = ImportJobParameters.INPUT_FOLDER;
    public static final String OUTPUT_FOLDER = ImportJobParameters.OUTPUT_FOLDER;
    /** Comma-separated territory codes to report on; empty for all. */
    public static final String TERRITORIES = "territories";
    /** What to do when an expected file is missing ({@link MissingInputPolicy}); FAIL when absent. */
    public static final String MISSING_INPUT = ImportJobParameters.MISSING_INPUT;
    /** Files to publish even though they remove much of what they replace (comma-separated names). */
    public static final String ACCEPT_REDUCTION = ImportJobParameters.ACCEPT_REDUCTION;

    private NightlyParameters() {
    }

    public static JobParameters of(LocalDate businessDate, Path input, Path output, Collection<String> territories) {
        return of(businessDate, input, output, territories, MissingInputPolicy.FAIL);
    }

    public static JobParameters of(LocalDate businessDate, Path input, Path output, Collection<String> territories,
                                   MissingInputPolicy missingInput) {
        return of(businessDate, input, output, territories, missingInput, Set.of());
    }

    public static JobParameters of(LocalDate businessDate, Path input, Path output, Collection<String> territories,
                                   MissingInputPolicy missingInput, Collection<String> acceptedReductions) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addLocalDate(BUSINESS_DATE, businessDate, true)
                .addString(INPUT_FOLDER, input.toAbsolutePath().normalize().toString(), false)
                .addString(OUTPUT_FOLDER, output.toAbsolutePath().normalize().toString(), false);
        if (!territories.isEmpty()) {
            builder.addString(TERRITORIES, String.join(",", new TreeSet<>(territories)), false);
        }
        if (missingInput != MissingInputPolicy.FAIL) {
            builder.addString(MISSING_INPUT, missingInput.name(), false);
        }
        if (!acceptedReductions.isEmpty()) {
            builder.addString(ACCEPT_REDUCTION, String.join(",", new TreeSet<>(acceptedReductions)), false);
        }
        return builder.toJobParameters();
    }

    public static Set<String> territories(JobParameters parameters) {
        String value = parameters.getString(TERRITORIES);
        Set<String> codes = new TreeSet<>();
        if (value != null) {
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(codes::add);
        }
        return codes;
    }
}
