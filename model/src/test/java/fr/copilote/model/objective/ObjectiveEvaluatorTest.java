package fr.copilote.model.objective;

import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.model.indicator.PeriodScope.*;
import static fr.copilote.model.objective.ObjectiveStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.pathway.HeadlineUnit;
import fr.copilote.model.pathway.HeadlineUnits;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Objectives judged on figures written by hand. Reporting month June 2024: six months elapsed, N-1 is 2023.
 * Surgery's full-hospitalisation stays: 450 in January–June 2024, 400 in January–June 2023, 1,000 in all 2023.
 */
class ObjectiveEvaluatorTest {

    private static final TerritoryCode TERRITORY = new TerritoryCode("TEST");
    private static final ReportingCalendar JUNE_2024 = new ReportingCalendar(LocalDate.of(2024, 7, 10), Period.of(2024, 6));
    private static final Finess CHU = new Finess("420784878");
    private static final Finess ROANNE = new Finess("420780033");
    private static final Finess GONE = new Finess("420002495");
    private static final TerritoryPerimeter PERIMETER = new TerritoryPerimeter(TERRITORY, "Territoire d'essai", List.of(
            new TerritoryMember(CHU, "CHU", MembershipRole.SUPPORT), new TerritoryMember(ROANNE, "CH de Roanne", MembershipRole.MEMBER)),
            false);
    private static final CarePathway SURGERY = CarePathway.CHIRURGIE_ANESTHESIE;
    private static final ActivityType STAYS = ActivityType.SEJOUR_HC;

    private final List<IndicatorValue> figures = new ArrayList<>();

    private static IndicatorKey stays(fr.copilote.model.indicator.PeriodScope scope) {
        return IndicatorKey.of(ACTIVITY_VOLUME, scope).pathway(SURGERY).activityType(STAYS);
    }

    /** Surgery has activity every month of 2023 but those listed. */
    private void surgerySeriesWithout(int... missingMonthsOf2023) {
        for (int month = 1; month <= 12; month++) {
            int m = month;
            if (Arrays.stream(missingMonthsOf2023).noneMatch(missing -> missing == m)) {
                figures.add(IndicatorKey.of(ACTIVITY_VOLUME, MONTHLY).month(Period.of(2023, month)).pathway(SURGERY)
                        .activityType(STAYS).is(80));
            }
        }
    }

    private void surgeryStays(long yearToDate, Long sameMonthsN1, Long fullYearN1) {
        figures.add(stays(YEAR_TO_DATE).is(yearToDate));
        if (sameMonthsN1 != null) {
            figures.add(stays(YEAR_TO_DATE_N1).is(sameMonthsN1));
        }
        if (fullYearN1 != null) {
            figures.add(stays(YEAR_N1).is(fullYearN1));
        }
    }

    private static Objective surgeryStaysObjective(String target, ObjectiveDirection direction) {
        return new Objective(TERRITORY, SURGERY, ACTIVITY_VOLUME, STAYS, null, null, 2024, new BigDecimal(target), direction);
    }

    private static Objective objective(Indicator indicator, CarePathway pathway, Finess entity, String target) {
        return new Objective(TERRITORY, pathway, indicator, null, entity, entity, 2024, new BigDecimal(target), null);
    }

    private ObjectiveResult evaluate(Objective objective) {
        return new ObjectiveEvaluator(JUNE_2024, PERIMETER, new ObjectiveFigures(figures, List.of(objective.indicator())),
                HeadlineUnits.defaults()).evaluate(objective);
    }

    @Test
    void aSumIsProjectedWithLastYearsShapeWhenN1IsWhole() {
        surgerySeriesWithout();
        surgeryStays(450, 400L, 1000L);

        ObjectiveResult result = evaluate(surgeryStaysObjective("1000", null));

        // 450 × 1,000 ÷ 400 = 1,125 ≥ 1,000 although 450 < 1,000 so far
        assertThat(result.method()).isEqualTo(ProjectionMethod.SEASONAL);
        assertThat(result.current()).isEqualByComparingTo("450");
        assertThat(result.projection()).isEqualByComparingTo("1125");
        assertThat(result.gap()).isEqualByComparingTo("125");
        assertThat(result.status()).isEqualTo(EN_BONNE_VOIE);
        assertThat(result.note()).isNull();
    }

    @Test
    void withoutN1TheSumIsProjectedProRataOfTheMonthsElapsed() {
        surgeryStays(450, null, null);

        ObjectiveResult result = evaluate(surgeryStaysObjective("1000", null));

        // 450 × 12 ÷ 6 = 900 < 1,000
        assertThat(result.method()).isEqualTo(ProjectionMethod.PRO_RATA);
        assertThat(result.projection()).isEqualByComparingTo("900");
        assertThat(result.gap()).isEqualByComparingTo("-100");
        assertThat(result.status()).isEqualTo(EN_RETARD);
        assertThat(result.note()).isEqualTo("pas de chiffre N-1 : saisonnalité inconnue");
    }

    @Test
    void aMonthMissingInN1SetsTheSeasonalityAsideForTheProRata() {
        // March 2023 never came: the same months of N-1 read 400 instead of about 480, which would project 1,125
        surgerySeriesWithout(3);
        surgeryStays(450, 400L, 1000L);

        ObjectiveResult result = evaluate(surgeryStaysObjective("1000", null));

        assertThat(result.method()).isEqualTo(ProjectionMethod.PRO_RATA);
        assertThat(result.projection()).isEqualByComparingTo("900");
        assertThat(result.status()).isEqualTo(EN_RETARD);
        assertThat(result.note()).isEqualTo("N-1 incomplet, saisonnalité écartée : aucune activité en mars 2023");
    }

    @Test
    void aSumReachedByTheYearToDateIsReachedWhateverTheProjection() {
        surgerySeriesWithout();
        surgeryStays(1000, 400L, 1000L);

        ObjectiveResult result = evaluate(surgeryStaysObjective("1000", null));

        assertThat(result.status()).isEqualTo(ATTEINT);
        assertThat(result.projection()).isEqualByComparingTo("2500");
    }

    @Test
    void aCeilingOnASumIsOnlyReachedOnceTheYearIsOver() {
        surgerySeriesWithout();
        figures.add(IndicatorKey.of(ACTIVITY_DIRECT_COST, YEAR_TO_DATE).pathway(SURGERY).is(600));
        figures.add(IndicatorKey.of(ACTIVITY_DIRECT_COST, YEAR_TO_DATE_N1).pathway(SURGERY).is(500));
        figures.add(IndicatorKey.of(ACTIVITY_DIRECT_COST, YEAR_N1).pathway(SURGERY).is(1000));

        // 600 × 1,000 ÷ 500 = 1,200: under a ceiling of 1,300, over one of 1,100; direct cost is « lower is better »
        ObjectiveResult under = evaluate(objective(ACTIVITY_DIRECT_COST, SURGERY, null, "1300"));
        ObjectiveResult over = evaluate(objective(ACTIVITY_DIRECT_COST, SURGERY, null, "1100"));

        assertThat(under.objective().direction()).isEqualTo(ObjectiveDirection.BAISSE);
        assertThat(under.projection()).isEqualByComparingTo("1200");
        assertThat(under.status()).isEqualTo(EN_BONNE_VOIE);
        assertThat(over.status()).isEqualTo(EN_RETARD);
        assertThat(over.gap()).isEqualByComparingTo("100");
    }

    @Test
    void aRateIsJudgedOnItsCurrentValueAtTheThresholdIncluded() {
        figures.add(IndicatorKey.of(MARGIN_RATE, YEAR_TO_DATE).pathway(SURGERY).is(new BigDecimal("0.12")));

        ObjectiveResult reached = evaluate(objective(MARGIN_RATE, SURGERY, null, "0.12"));
        ObjectiveResult late = evaluate(objective(MARGIN_RATE, SURGERY, null, "0.15"));

        assertThat(reached.method()).isEqualTo(ProjectionMethod.CURRENT_RATE);
        assertThat(reached.projection()).isEqualByComparingTo("0.12");
        assertThat(reached.status()).isEqualTo(ATTEINT);
        assertThat(late.status()).isEqualTo(EN_RETARD);
        assertThat(late.gap()).isEqualByComparingTo("-0.03");
    }

    @Test
    void anAverageLengthOfStayIsBetterLower() {
        figures.add(IndicatorKey.of(AVERAGE_LENGTH_OF_STAY, YEAR_TO_DATE).pathway(SURGERY).is(new BigDecimal("4.8")));

        assertThat(evaluate(objective(AVERAGE_LENGTH_OF_STAY, SURGERY, null, "5")).status()).isEqualTo(ATTEINT);
        assertThat(evaluate(objective(AVERAGE_LENGTH_OF_STAY, SURGERY, null, "4.5")).status()).isEqualTo(EN_RETARD);
    }

    @Test
    void aStockIsJudgedOnTheBusinessDate() {
        figures.add(IndicatorKey.of(CONVENTIONS_IN_FORCE, AT_DATE).is(12));
        figures.add(IndicatorKey.of(SHARED_FTE_INCOMING, AT_DATE).entity(ROANNE).is(new BigDecimal("1.5")));
        figures.add(IndicatorKey.of(SHARED_FTE_INCOMING, YEAR_TO_DATE).entity(ROANNE).is(new BigDecimal("0.9")));

        ObjectiveResult conventions = evaluate(objective(CONVENTIONS_IN_FORCE, null, null, "15"));
        ObjectiveResult fte = evaluate(objective(SHARED_FTE_INCOMING, null, ROANNE, "1.2"));

        assertThat(conventions.method()).isEqualTo(ProjectionMethod.AT_DATE);
        assertThat(conventions.current()).isEqualByComparingTo("12");
        assertThat(conventions.gap()).isEqualByComparingTo("-3");
        assertThat(conventions.status()).isEqualTo(EN_RETARD);
        // the FTE on the date (1.5), not the year's average (0.9)
        assertThat(fte.current()).isEqualByComparingTo("1.5");
        assertThat(fte.status()).isEqualTo(ATTEINT);
    }

    @Test
    void aPathwayVolumeIsReadInItsHeadlineUnit() {
        CarePathway imaging = CarePathway.IMAGERIE;
        for (int month = 1; month <= 12; month++) {
            figures.add(IndicatorKey.of(ACTIVITY_VOLUME, MONTHLY).month(Period.of(2023, month)).pathway(imaging)
                    .activityType(ActivityType.ACTE).is(100));
        }
        IndicatorKey acts = IndicatorKey.of(HEADLINE_VOLUME, YEAR_TO_DATE).pathway(imaging).detail(HeadlineUnit.ACTES.name());
        figures.add(acts.is(600));
        figures.add(acts.detail(HeadlineUnit.CONSULTATIONS.name()).is(50));
        figures.add(IndicatorKey.of(HEADLINE_VOLUME, YEAR_TO_DATE_N1).pathway(imaging).detail(HeadlineUnit.ACTES.name()).is(500));
        figures.add(IndicatorKey.of(HEADLINE_VOLUME, YEAR_N1).pathway(imaging).detail(HeadlineUnit.ACTES.name()).is(1100));

        ObjectiveResult result = evaluate(objective(HEADLINE_VOLUME, imaging, null, "1400"));

        // the acts, not the 50 consultations: 600 × 1,100 ÷ 500 = 1,320 < 1,400
        assertThat(result.current()).isEqualByComparingTo("600");
        assertThat(result.projection()).isEqualByComparingTo("1320");
        assertThat(result.method()).isEqualTo(ProjectionMethod.SEASONAL);
        assertThat(result.status()).isEqualTo(EN_RETARD);
        assertThat(result.note()).isEqualTo("unité de référence de la filière : Actes");
    }

    @Test
    void anOfficialFigureIsReadFromItsMostRecentBase() {
        figures.add(IndicatorKey.of(SAE_MCO_BEDS, AT_DATE).entity(CHU).detail("2023").is(420));
        figures.add(IndicatorKey.of(SAE_MCO_BEDS, AT_DATE).entity(CHU).detail("2022").is(450));

        ObjectiveResult result = evaluate(objective(SAE_MCO_BEDS, null, CHU, "440"));

        assertThat(result.current()).isEqualByComparingTo("420");
        assertThat(result.status()).isEqualTo(EN_RETARD);
    }

    @Test
    void anObjectiveOnAMemberThatLeftTheTerritoryIsListedAsSuch() {
        figures.add(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE).entity(GONE).is(100));

        ObjectiveResult result = evaluate(objective(ACTIVITY_REVENUE, null, GONE, "1000"));

        assertThat(result.status()).isEqualTo(SORTI_DU_TERRITOIRE);
        assertThat(result.current()).isNull();
        assertThat(result.note()).contains("420002495").contains("n'est plus membre du territoire");
    }

    @Test
    void anObjectiveOfAnotherYearIsListedNotJudged() {
        surgeryStays(450, 400L, 1000L);
        Objective next = new Objective(TERRITORY, SURGERY, ACTIVITY_VOLUME, STAYS, null, null, 2025, new BigDecimal("1000"), null);

        ObjectiveResult result = evaluate(next);

        assertThat(result.status()).isEqualTo(AUTRE_ANNEE);
        assertThat(result.note()).isEqualTo("objectif 2025 : ce classeur suit l'année 2024 (mois de référence juin 2024)");
    }

    @Test
    void anObjectiveWithoutMatchingFiguresSaysSoAndWhatIsMissing() {
        surgeryStays(450, 400L, 1000L);

        ObjectiveResult emergencies = evaluate(objective(ACTIVITY_VOLUME, CarePathway.URGENCES, null, "100"));
        ObjectiveResult withoutType = evaluate(objective(ACTIVITY_VOLUME, SURGERY, null, "100"));
        ObjectiveResult uncomputed = evaluate(objective(LEAKAGE_RATE, null, null, "0.2"));

        assertThat(emergencies.status()).isEqualTo(SANS_DONNEE);
        assertThat(emergencies.note()).isEqualTo("aucun chiffre de cet indicateur pour la filière « Urgences » au mois de référence");
        assertThat(withoutType.status()).isEqualTo(SANS_DONNEE);
        assertThat(withoutType.note()).contains("précisez activity_type");
        assertThat(uncomputed.status()).isEqualTo(SANS_DONNEE);
    }

    @Test
    void aMembersSumUsesItsOwnFigures() {
        figures.add(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE).entity(CHU).pathway(SURGERY).is(300));
        figures.add(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE).pathway(SURGERY).is(900));

        ObjectiveResult result = evaluate(objective(ACTIVITY_REVENUE, SURGERY, CHU, "500"));

        // no N-1: 300 × 12 ÷ 6 = 600 ≥ 500
        assertThat(result.current()).isEqualByComparingTo("300");
        assertThat(result.projection()).isEqualByComparingTo("600");
        assertThat(result.status()).isEqualTo(EN_BONNE_VOIE);
    }
}
