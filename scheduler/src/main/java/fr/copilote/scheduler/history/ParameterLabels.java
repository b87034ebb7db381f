package fr.copilote.scheduler.history;

import fr.copilote.importer.job.MissingInputPolicy;
import fr.copilote.scheduler.nightly.NightlyParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/** A run's parameters as an admin reads them: French names, French dates, the missing-file policy in words. */
public final class ParameterLabels {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** In the order an admin reads them; the job repository keeps no order. */
    private static final List<String> ORDER = List.of(NightlyParameters.BUSINESS_DATE, NightlyParameters.INPUT_FOLDER,
            NightlyParameters.OUTPUT_FOLDER, NightlyParameters.TERRITORIES, NightlyParameters.MISSING_INPUT,
            NightlyParameters.ACCEPT_REDUCTION);

    private static final Map<String, String> NAMES = Map.of(
            NightlyParameters.BUSINESS_DATE, "Date d'arrêté",
            NightlyParameters.INPUT_FOLDER, "Dossier d'entrée",
            NightlyParameters.OUTPUT_FOLDER, "Dossier de sortie",
            NightlyParameters.TERRITORIES, "Territoires",
            NightlyParameters.MISSING_INPUT, "Fichier attendu absent",
            NightlyParameters.ACCEPT_REDUCTION, "Baisse acceptée pour");

    private ParameterLabels() {
    }

    /** Label to value; a parameter this version does not know keeps its technical name and comes last. */
    public static Map<String, String> of(JobParameters parameters) {
        Map<String, String> labelled = new LinkedHashMap<>();
        List<JobParameter<?>> sorted = parameters.parameters().stream()
                .sorted(Comparator.comparing((JobParameter<?> p) -> rank(p.name())).thenComparing(JobParameter::name))
                .toList();
        for (JobParameter<?> parameter : sorted) {
            labelled.put(NAMES.getOrDefault(parameter.name(), parameter.name()), value(parameter));
        }
        return labelled;
    }

    private static int rank(String name) {
        int rank = ORDER.indexOf(name);
        return rank < 0 ? ORDER.size() : rank;
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
