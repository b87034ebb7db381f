package fr.copilote.model.generator;

import fr.copilote.model.convention.ConventionId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Convention identifiers as finance departments write them: cooperation prefix, start year, number within
 * the cooperation ({@code LIL-2019-0001}). The number runs across years, so identifiers never collide.
 */
final class ConventionIds {

    private final Map<String, Integer> lastNumberByPrefix = new TreeMap<>();

    ConventionId next(String prefix, int startYear) {
        int number = lastNumberByPrefix.merge(prefix, 1, Integer::sum);
        return new ConventionId(prefix + "-" + startYear + "-" + String.format(Locale.ROOT, "%04d", number));
    }
}
