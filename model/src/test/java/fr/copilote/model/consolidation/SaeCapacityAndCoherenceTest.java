package fr.copilote.model.consolidation;

import static fr.copilote.model.consolidation.Fixture.*;
import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.model.indicator.PeriodScope.AT_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.pet.PetEstimator;
import fr.copilote.model.pathway.HeadlineUnits;
import fr.copilote.model.pet.PetScales;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The SAE capacity figures of two base years, and the declared activity of 2023 set against them, on the
 * {@link Fixture} territory (A, B, C counted; P partner). The run reads June 2022 – May 2024, so 2023 is whole.
 *
 * <pre>
 * Declared in 2023        A (12 months)                       B (Feb–Dec: 11 months)   C (12 months)
 *   SEJOUR_HC MEDECINE    100 a month = 1 200                 50 a month = 550         20 a month = 240
 *   SEJOUR_HC SSR         10 a month = 120 (not MCO)
 *   PASSAGE_URGENCES      700 a month = 8 400
 *   NAISSANCE             25 a month = 300
 *   JOURNEE SSR           100 a month = 1 200
 *   JOURNEE MEDECINE      400 a month (not SSR days)
 * SAE 2023: A beds 1 800, days 500 000, bed-days 600 000, stays 1 000, passages 8 000, births 300, SSR days 1 250,
 *           FTE 100; B beds 600, days 150 000, bed-days 200 000, stays 600, FTE 50; P beds 90; C no row at all.
 * SAE 2022: A beds 1 750, FTE 95; B beds 610.
 * </pre>
 */
class SaeCapacityAndCoherenceTest {

    private static final Offset<Double> TINY = within(0.0000005);

    private final Figures figures = new Figures(new TerritoryConsolidator(inputs()).consolidate(PERIMETER).values());

    @Test
    void bedsOfEachBaseYearPerMemberAndForTheCountedMembers() {
        assertThat(figures.get(sae(SAE_MCO_BEDS, "2023").entity(A))).isEqualTo(1_800);
        // 2023: A 1 800 + B 600 = 2 400 (P, a partner, stays out); 2022: A 1 750 + B 610 = 2 360.
        assertThat(figures.get(sae(SAE_MCO_BEDS, "2023"))).isEqualTo(2_400);
        assertThat(figures.get(sae(SAE_MCO_BEDS, "2022"))).isEqualTo(2_360);
        assertThat(figures.get(sae(SAE_MCO_BEDS, "2022").entity(B))).isEqualTo(610);
        // Medical FTE of the year before: A 95 only.
        assertThat(figures.get(sae(MEDICAL_FTE, "2022"))).isEqualTo(95);
        assertThat(figures.get(sae(MEDICAL_FTE, "2023"))).isEqualTo(150);
    }

    @Test
    void aMemberWithoutAnySaeRowHasNoOfficialFigure() {
        assertThat(figures.find(sae(SAE_MCO_BEDS, "2023").entity(C))).isEmpty();
        assertThat(figures.find(sae(SAE_MCO_OCCUPANCY_RATE, "2023").entity(C))).isEmpty();
        assertThat(figures.find(sae(SAE_MCO_BEDS, "2022").entity(C))).isEmpty();
    }

    @Test
    void occupancyRateIsDaysOverBedDaysAndTheTerritorysIsTheRatioOfTheSums() {
        // A 500 000 ÷ 600 000 = 0.833333; B 150 000 ÷ 200 000 = 0.75.
        assertThat(figures.get(sae(SAE_MCO_OCCUPANCY_RATE, "2023").entity(A))).isCloseTo(0.833333, TINY);
        assertThat(figures.get(sae(SAE_MCO_OCCUPANCY_RATE, "2023").entity(B))).isEqualTo(0.75);
        // (500 000 + 150 000) ÷ (600 000 + 200 000) = 0.8125, not the mean of the rates (0.791667).
        assertThat(figures.get(sae(SAE_MCO_OCCUPANCY_RATE, "2023"))).isEqualTo(0.8125);
        // No bed-days in 2022: no rate.
        assertThat(figures.find(sae(SAE_MCO_OCCUPANCY_RATE, "2022"))).isEmpty();
    }

    @Test
    void monthsSentInTheSaeYearTellWhetherTheYearIsComplete() {
        assertThat(figures.get(sae(DECLARED_MONTHS, "2023").entity(A))).isEqualTo(12);
        assertThat(figures.get(sae(DECLARED_MONTHS, "2023").entity(B))).isEqualTo(11);
        assertThat(figures.get(sae(DECLARED_MONTHS, "2023").entity(C))).isEqualTo(12);
    }

    @Test
    void declaredActivityOfAWholeYearAgainstTheSaeFigureOfTheSameKind() {
        // MCO stays: 1 200 of medicine, the 120 SSR stays left out; (1 200 − 1 000) ÷ 1 000 = +20 %.
        assertThat(figures.get(declared(ActivityType.SEJOUR_HC).entity(A))).isEqualTo(1_200);
        assertThat(figures.get(gap(ActivityType.SEJOUR_HC).entity(A))).isEqualTo(0.2);
        // Passages (8 400 − 8 000) ÷ 8 000 = +5 %; births 300 against 300 = 0; SSR days (1 200 − 1 250) ÷ 1 250 = −4 %.
        assertThat(figures.get(gap(ActivityType.PASSAGE_URGENCES).entity(A))).isEqualTo(0.05);
        assertThat(figures.get(gap(ActivityType.NAISSANCE).entity(A))).isEqualTo(0);
        assertThat(figures.get(declared(ActivityType.JOURNEE).entity(A))).isEqualTo(1_200);
        assertThat(figures.get(gap(ActivityType.JOURNEE).entity(A))).isEqualTo(-0.04);
    }

    @Test
    void anIncompleteYearOrAMissingSaeRowIsNeverCompared() {
        // B sent 11 months: neither its 550 stays nor a gap.
        assertThat(figures.find(declared(ActivityType.SEJOUR_HC).entity(B))).isEmpty();
        assertThat(figures.find(gap(ActivityType.SEJOUR_HC).entity(B))).isEmpty();
        // C sent the whole year but has no SAE row: its 240 stays are shown, with no gap.
        assertThat(figures.get(declared(ActivityType.SEJOUR_HC).entity(C))).isEqualTo(240);
        assertThat(figures.find(gap(ActivityType.SEJOUR_HC).entity(C))).isEmpty();
        // The territory over the members compared, A alone: 1 200 against 1 000.
        assertThat(figures.get(declared(ActivityType.SEJOUR_HC))).isEqualTo(1_200);
        assertThat(figures.get(gap(ActivityType.SEJOUR_HC))).isEqualTo(0.2);
    }

    private static IndicatorKey sae(Indicator indicator, String year) {
        return IndicatorKey.of(indicator, AT_DATE).detail(year);
    }

    /** Each comparison is keyed by its activity type alone: JOURNEE holds the SSR pathway's days only. */
    private static IndicatorKey declared(ActivityType type) {
        return IndicatorKey.of(DECLARED_FOR_SAE, AT_DATE).activityType(type).detail("2023");
    }

    private static IndicatorKey gap(ActivityType type) {
        return declared(type).as(SAE_COHERENCE_GAP);
    }

    private static ConsolidationInputs inputs() {
        ActivityPass activity = new ActivityPass(CALENDAR, List.of(PERIMETER));
        for (int month = 1; month <= 12; month++) {
            activity.accept(group(A, CarePathway.MEDECINE, ActivityType.SEJOUR_HC, month, 100));
            activity.accept(group(A, CarePathway.SSR, ActivityType.SEJOUR_HC, month, 10));
            activity.accept(group(A, CarePathway.URGENCES, ActivityType.PASSAGE_URGENCES, month, 700));
            activity.accept(group(A, CarePathway.PERINATALITE, ActivityType.NAISSANCE, month, 25));
            activity.accept(group(A, CarePathway.SSR, ActivityType.JOURNEE, month, 100));
            activity.accept(group(A, CarePathway.MEDECINE, ActivityType.JOURNEE, month, 400));
            activity.accept(group(C, CarePathway.MEDECINE, ActivityType.SEJOUR_HC, month, 20));
            if (month > 1) {
                activity.accept(group(B, CarePathway.MEDECINE, ActivityType.SEJOUR_HC, month, 50));
            }
        }
        OfficialFigures official = new OfficialFigures(List.of(
                new OfficialFigures.Base(2022, Map.of(
                        SAE_MCO_BEDS, Map.of(A, amount(1_750), B, amount(610)),
                        MEDICAL_FTE, Map.of(A, amount(95)))),
                new OfficialFigures.Base(2023, Map.of(
                        SAE_MCO_BEDS, Map.of(A, amount(1_800), B, amount(600), P, amount(90)),
                        SAE_MCO_DAYS, Map.of(A, amount(500_000), B, amount(150_000)),
                        SAE_MCO_BED_DAYS, Map.of(A, amount(600_000), B, amount(200_000)),
                        SAE_MCO_STAYS, Map.of(A, amount(1_000), B, amount(600)),
                        SAE_EMERGENCY_PASSAGES, Map.of(A, amount(8_000)),
                        SAE_BIRTHS, Map.of(A, amount(300)),
                        SAE_SSR_DAYS, Map.of(A, amount(1_250)),
                        MEDICAL_FTE, Map.of(A, amount(100), B, amount(50))))));
        return new ConsolidationInputs(CALENDAR, List.of(), activity.ledger(), activity.flows(), activity.underConventions(),
                activity.series(), Map.of(), official, new PetEstimator(PetScales.regulatoryDefaults(), DIRECTORY::positionOf),
                HeadlineUnits.defaults(), Set.of(A, B));
    }

    private static ActivityGroup group(Finess entity, CarePathway pathway, ActivityType type, int month, long volume) {
        return new ActivityGroup(entity, pathway, type, Period.of(2023, month), null, null, volume, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static BigDecimal amount(long value) {
        return BigDecimal.valueOf(value);
    }
}
