package fr.copilote.model.consolidation;

import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.statistics.MedicalStaff;
import fr.copilote.model.statistics.StatisticSource;
import java.util.List;

/**
 * Which published SAE columns make each official figure of the catalogue: the base, the row to read where the base
 * splits an establishment over several, and the measures added up over the rows and sites of a legal entity.
 *
 * @param dimension the row to read ({@code SSR_TOT}, {@code 9999}); null for the bases with one row per site, or
 *                  {@link #EVERY_ROW} to add up every row of a site — the units of URGENCES2 are parts of the site,
 *                  not totals of one another
 */
public enum SaeFigure {
    MCO_BEDS(Indicator.SAE_MCO_BEDS, StatisticSource.SAE_MCO, null, "LIT_MCO"),
    MCO_PLACES(Indicator.SAE_MCO_PLACES, StatisticSource.SAE_MCO, null, "PLA_MCO"),
    MCO_BED_DAYS(Indicator.SAE_MCO_BED_DAYS, StatisticSource.SAE_MCO, null, "JLI_MCO"),
    MCO_STAYS(Indicator.SAE_MCO_STAYS, StatisticSource.SAE_MCO, null, "SEJHC_MCO"),
    MCO_DAYS(Indicator.SAE_MCO_DAYS, StatisticSource.SAE_MCO, null, "JOU_MCO"),
    SSR_BEDS(Indicator.SAE_SSR_BEDS, StatisticSource.SAE_SSR, SaeFigure.SSR_ALL_AGES, "LIT"),
    SSR_PLACES(Indicator.SAE_SSR_PLACES, StatisticSource.SAE_SSR, SaeFigure.SSR_ALL_AGES, "PLA"),
    SSR_DAYS(Indicator.SAE_SSR_DAYS, StatisticSource.SAE_SSR, SaeFigure.SSR_ALL_AGES, "JOUHC"),
    EMERGENCY_PASSAGES(Indicator.SAE_EMERGENCY_PASSAGES, StatisticSource.SAE_URGENCES, SaeFigure.EVERY_ROW, "PASSU"),
    DELIVERIES(Indicator.SAE_DELIVERIES, StatisticSource.SAE_PERINAT, null, "ACCUN", "ACCMU"),
    BIRTHS(Indicator.SAE_BIRTHS, StatisticSource.SAE_PERINAT, null, "ENFANTS"),
    MEDICAL_FTE(Indicator.MEDICAL_FTE, StatisticSource.SAE_Q21, MedicalStaff.ALL_DISCIPLINES,
            MedicalStaff.FTE_MEASURES.toArray(String[]::new));

    /**
     * The SSR row of all age groups: {@code SSR_TOT} = {@code SSR_A} + {@code SSR_E}, each the total of its own
     * sub-groups ({@code SSR_A50}…), so that it is the only row to read for a site.
     */
    public static final String SSR_ALL_AGES = "SSR_TOT";

    /** Not a published code: every row of a site is added up, whatever its dimension. */
    public static final String EVERY_ROW = "*";

    private final Indicator indicator;
    private final StatisticSource source;
    private final String dimension;
    private final List<String> measures;

    SaeFigure(Indicator indicator, StatisticSource source, String dimension, String... measures) {
        this.indicator = indicator;
        this.source = source;
        this.dimension = dimension;
        this.measures = List.of(measures);
    }

    /** The published figure behind an indicator of the catalogue, if it is one. */
    public static java.util.Optional<SaeFigure> of(Indicator indicator) {
        return java.util.Arrays.stream(values()).filter(figure -> figure.indicator == indicator).findFirst();
    }

    public Indicator indicator() {
        return indicator;
    }

    public StatisticSource source() {
        return source;
    }

    /** The row to read; null for a base without dimension; {@link #EVERY_ROW} for all of them. */
    public String dimension() {
        return dimension;
    }

    public List<String> measures() {
        return measures;
    }
}
