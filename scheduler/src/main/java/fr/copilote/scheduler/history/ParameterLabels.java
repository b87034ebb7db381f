package fr.copilote.scheduler.history;

import fr.copilote.importer.job.MissingInputPolicy;
import fr.copilote.scheduler.nightly.NightlyParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/** A run's parameters as an admin reads them: French names, French dates, the missing-file policy in words. */
public final class ParameterLabels {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Map<String, String> NAMES = Map.of(
            NightlyParameters.BUSINESS_DATE, "Date d'arrêté",
            NightlyParameters.INPUT_FOLDER, "Dossier d'entrée",
            NightlyParameters.OUTPUT_FOLDER, "Dossier de sortie",
            NightlyParameters.TERRITORIES, "Territoires",
            NightlyParameters.MISSING_INPUT, "Fichier attendu absent");

    private ParameterLabels() {
    }

    /** Label to value, in the job's order; a parameter this version does not know keeps its technical name. */
    public static Map<String, String> of(JobParameters parameters) {
        Map<String, String> labelled = new LinkedHashMap<>();
        for (JobParameter<?> parameter : parameters.parameters()) {
            labelled.put(NAMES.getOrDefault(parameter.name(), parameter.name()), value(parameter));
        }
        return labelled;
    }

    private static String value(JobParameter<?> parameter) {
        if (parameter.value() instanceof LocalDate date) {
            return FRENCH_DATE.format(date);
        }
        if (parameter.name().equals(NightlyParameters.MISSING_INPUT)) {
            return switch (MissingInputPolicy.of(String.valueOf(parameter.value()))) {
                case FAIL -> "le traitement échoue";
                case PREVIOUS -> "le traitement reprend les données précédentes";
            };
        }
        return String.valueOf(parameter.value());
    }
}
