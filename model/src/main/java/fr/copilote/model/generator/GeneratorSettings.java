package fr.copilote.model.generator;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Everything that decides the generated files: the same settings always give byte-identical files.
 *
 * @param kind           the bundled sample (real cooperations) or a national-scale synthetic data set
 * @param seed           the only source of randomness
 * @param territories    number of territories (fixed by the five cooperations for the bundled sample)
 * @param establishments number of distinct establishments listed in {@code territoires.csv} (idem)
 * @param conventions    number of conventions (idem)
 * @param months         length of the activity window, ending with {@code lastMonth}; the last day of
 *                       {@code lastMonth} is the reference date conventions are in force on, or not
 * @param activityRows   number of {@code activite.csv} rows aimed at (reached within 1 % when the
 *                       establishments have enough activity to split)
 * @param realData       folder of the public real data ({@code sae-2023/}, {@code geo/}); required for the
 *                       bundled sample, optional at national scale (real establishments instead of synthetic)
 */
public record GeneratorSettings(DataSetKind kind, long seed, int territories, int establishments, int conventions,
                                int months, YearMonth lastMonth, long activityRows, Path realData) {

    public static final long BUNDLED_SEED = 2016;
    public static final YearMonth BUNDLED_LAST_MONTH = YearMonth.of(2024, 12);
    public static final int BUNDLED_MONTHS = 24;
    /** Enough rows to show patient flows between the five territories while keeping the sample under 3 MB. */
    public static final long BUNDLED_ACTIVITY_ROWS = 20_000;

    public static final int NATIONAL_TERRITORIES = 135;
    public static final int NATIONAL_ESTABLISHMENTS = 3_000;
    public static final int NATIONAL_CONVENTIONS = 10_000;
    public static final long NATIONAL_ACTIVITY_ROWS = 5_000_000;

    public GeneratorSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lastMonth, "lastMonth");
        require(territories >= 1, "il faut au moins un territoire (" + territories + " demandé)");
        require(establishments >= 2L * territories, "il faut au moins deux établissements par territoire : "
                + establishments + " établissements pour " + territories + " territoires");
        require(conventions >= 0, "le nombre de conventions ne peut pas être négatif (" + conventions + ")");
        require(months >= 1 && months <= 600, "la fenêtre d'activité compte de 1 à 600 mois (" + months + " demandés)");
        require(activityRows >= 0, "le nombre de lignes d'activité ne peut pas être négatif (" + activityRows + ")");
    }

    /** The sample shipped in {@code samples/}: seed 2016, 24 months ending December 2024. */
    public static GeneratorSettings bundledSample(Path realData) {
        return new GeneratorSettings(DataSetKind.BUNDLED_SAMPLE, BUNDLED_SEED, BundledCooperations.TERRITORY_COUNT,
                BundledCooperations.ESTABLISHMENT_COUNT, BundledCooperations.CONVENTION_COUNT, BUNDLED_MONTHS,
                BUNDLED_LAST_MONTH, BUNDLED_ACTIVITY_ROWS, realData);
    }

    /** The benchmark data set: 135 territories, 3,000 establishments, 10,000 conventions, 5,000,000 activity rows. */
    public static GeneratorSettings nationalScale(long seed) {
        return nationalScale(seed, NATIONAL_TERRITORIES, NATIONAL_ESTABLISHMENTS, NATIONAL_CONVENTIONS, 24,
                BUNDLED_LAST_MONTH, NATIONAL_ACTIVITY_ROWS, null);
    }

    public static GeneratorSettings nationalScale(long seed, int territories, int establishments, int conventions,
                                                  int months, YearMonth lastMonth, long activityRows, Path realData) {
        return new GeneratorSettings(DataSetKind.NATIONAL_SCALE, seed, territories, establishments, conventions, months,
                lastMonth, activityRows, realData);
    }

    public YearMonth firstMonth() {
        return lastMonth.minusMonths(months - 1L);
    }

    private static void require(boolean condition, String frenchMessage) {
        if (!condition) {
            throw new IllegalArgumentException("Paramètres du générateur invalides : " + frenchMessage);
        }
    }
}
