package fr.copilote.model.consolidation;

import static fr.copilote.model.consolidation.Fixture.*;
import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.model.indicator.PeriodScope.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.territory.MembershipRole;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Every expected figure below is computed by hand from {@link Fixture}; the arithmetic is in the comments.
 * Values are kept at their unit's precision (FTE 4 decimals, euros 2, rates 6), hence the tolerances.
 */
class TerritoryConsolidatorTest {

    private static final Offset<Double> CENT = within(0.005);
    private static final Offset<Double> TINY = within(0.00005);

    private final Figures figures = new Figures(new TerritoryConsolidator(Fixture.inputs()).consolidate(PERIMETER).values());

    @Test
    void aSiteAndItsLegalEntityBothListedMakeOneMemberWithTheStrongerRole() {
        assertThat(PERIMETER.members()).extracting(TerritoryMember::entity).containsExactly(A, B, C, P);
        assertThat(PERIMETER.member(A).orElseThrow().role()).isEqualTo(MembershipRole.SUPPORT);
        assertThat(PERIMETER.countedEntities()).containsExactly(A, B, C);
    }

    @Test
    void countsTheSignedConventionsInForceOnTheBusinessDateAndReportsTheOthersApart() {
        // In force on 30/06/2024: C1, C2, C3, C4, C5, C8 (C6 is in project, C7 terminated).
        assertThat(figures.territory(CONVENTIONS_IN_FORCE, AT_DATE)).isEqualTo(6);
        assertThat(figures.territory(CONVENTIONS_PLANNED, AT_DATE)).isEqualTo(1);
        assertThat(figures.territory(CONVENTIONS_TERMINATED, AT_DATE)).isEqualTo(1);
        // R1 (C1, C3), R2, R3, R4, R7.
        assertThat(figures.territory(PRACTITIONERS_SHARED, AT_DATE)).isEqualTo(5);
        // A year earlier (30/06/2023): C3 and C4 only (C5 starts 01/09/2023, C1 and C8 in 2024, C2 in May 2024).
        assertThat(figures.territory(CONVENTIONS_IN_FORCE, AT_DATE_N1)).isEqualTo(2);
    }

    @Test
    void sharedFtePerMemberAndForTheTerritoryOnTheBusinessDate() {
        // A receives C2 0.1 + C5 0.2 = 0.3 and sends C1 0.2 + C3 0.4 + C4 0.1 = 0.7: net −0.4, 2 in and 3 out.
        assertThat(figures.entity(SHARED_FTE_INCOMING, AT_DATE, A)).isCloseTo(0.3, TINY);
        assertThat(figures.entity(SHARED_FTE_OUTGOING, AT_DATE, A)).isCloseTo(0.7, TINY);
        assertThat(figures.entity(SHARED_FTE_NET, AT_DATE, A)).isCloseTo(-0.4, TINY);
        assertThat(figures.entity(CONVENTIONS_INCOMING, AT_DATE, A)).isEqualTo(2);
        assertThat(figures.entity(CONVENTIONS_OUTGOING, AT_DATE, A)).isEqualTo(3);
        // B receives C1 0.2 + C8 0.1 = 0.3, sends C2 0.1; C receives C3 0.4; P, a partner, sends C8 0.1.
        assertThat(figures.entity(SHARED_FTE_INCOMING, AT_DATE, B)).isCloseTo(0.3, TINY);
        assertThat(figures.entity(SHARED_FTE_OUTGOING, AT_DATE, B)).isCloseTo(0.1, TINY);
        assertThat(figures.entity(SHARED_FTE_INCOMING, AT_DATE, C)).isCloseTo(0.4, TINY);
        assertThat(figures.entity(SHARED_FTE_OUTGOING, AT_DATE, P)).isCloseTo(0.1, TINY);
        // Territory = counted members A, B, C: in 0.3 + 0.3 + 0.4 = 1.0, out 0.7 + 0.1 = 0.8, net 0.2 — which is
        // also the external balance: in from E (C5 0.2) and P (C8 0.1), out to E (C4 0.1).
        assertThat(figures.territory(SHARED_FTE_INCOMING, AT_DATE)).isCloseTo(1.0, TINY);
        assertThat(figures.territory(SHARED_FTE_OUTGOING, AT_DATE)).isCloseTo(0.8, TINY);
        assertThat(figures.territory(SHARED_FTE_NET, AT_DATE)).isCloseTo(0.2, TINY);
        assertThat(figures.territory(CONVENTIONS_INCOMING, AT_DATE)).isEqualTo(5);
        assertThat(figures.territory(CONVENTIONS_OUTGOING, AT_DATE)).isEqualTo(4);
    }

    @Test
    void flowMatrixTellsInternalFromExternalFlows() {
        assertThat(figures.get(IndicatorKey.of(FLOW_FTE, AT_DATE).flow(A, B).detail("INTERNE"))).isCloseTo(0.2, TINY);
        assertThat(figures.get(IndicatorKey.of(FLOW_FTE, AT_DATE).flow(A, C).detail("INTERNE"))).isCloseTo(0.4, TINY);
        assertThat(figures.get(IndicatorKey.of(FLOW_FTE, AT_DATE).flow(A, E).detail("EXTERNE"))).isCloseTo(0.1, TINY);
        assertThat(figures.get(IndicatorKey.of(FLOW_FTE, AT_DATE).flow(P, B).detail("EXTERNE"))).isCloseTo(0.1, TINY);
    }

    @Test
    void breaksSharedTimeDownBySharingModeAndPricesAnFte() {
        // Vacation: C2 0.1 + C5 0.2 + C8 0.1 = 0.4.
        assertThat(figures.get(IndicatorKey.of(SHARED_FTE_BY_MODE, AT_DATE).detail("VACATION"))).isCloseTo(0.4, TINY);
        assertThat(figures.get(IndicatorKey.of(SHARED_FTE_BY_PATHWAY, AT_DATE).pathway(CarePathway.MEDECINE))).isCloseTo(1.1, TINY);
        // (20 000 + 10 950 + 40 000 + 9 125 + 18 250 + 5 000) € ÷ 1.1 FTE = 103 325 ÷ 1.1 = 93 931.82 €.
        assertThat(figures.territory(REFUND_PER_FTE, AT_DATE)).isCloseTo(93_931.82, CENT);
    }

    @Test
    void sharedTimeOfAMonthIsProRataOfTheDaysInForce() {
        // May 2024 has 31 days; C2 runs from 11/05: 21 days, so A receives 0.1 × 21/31 = 0.067742 from it, plus C5 0.2.
        assertThat(figures.entity(SHARED_FTE_INCOMING, MONTH, A)).isCloseTo(0.2 + 0.1 * 21 / 31, TINY);
        assertThat(figures.entity(SHARED_FTE_OUTGOING, MONTH, B)).isCloseTo(0.1 * 21 / 31, TINY);
    }

    @Test
    void refundsOfAMonthWithInternalFlowsEliminatedFromTheConsolidatedBalance() {
        // May 2024 refunds, annual × days ÷ 365: C1 20 000 × 31/365 = 1 698.63; C2 10 950 × 21/365 = 630.00;
        // C3 40 000 × 31/365 = 3 397.26; C4 9 125 × 31/365 = 775.00; C5 18 250 × 31/365 = 1 550.00; C8 5 000 × 31/365 = 424.66.
        // Paid by hosts: A = C2 + C5 = 2 180.00; B = C1 + C8 = 2 123.29; C = C3 = 3 397.26.
        assertThat(figures.entity(REFUNDS_PAID, MONTH, A)).isCloseTo(2_180.00, CENT);
        assertThat(figures.entity(REFUNDS_PAID, MONTH, B)).isCloseTo(2_123.29, CENT);
        // Received by origins: A = C1 + C3 + C4 = 5 870.89; B = C2 = 630.00.
        assertThat(figures.entity(REFUNDS_RECEIVED, MONTH, A)).isCloseTo(5_870.89, CENT);
        assertThat(figures.entity(NET_BALANCE, MONTH, A)).isCloseTo(5_870.89 - 2_180.00, CENT);
        // Territory: paid 2 180.00 + 2 123.29 + 3 397.26 = 7 700.55; received 5 870.89 + 630.00 = 6 500.89.
        assertThat(figures.territory(REFUNDS_PAID, MONTH)).isCloseTo(7_700.55, CENT);
        assertThat(figures.territory(REFUNDS_RECEIVED, MONTH)).isCloseTo(6_500.89, CENT);
        // Internal flows C1 + C2 + C3 = 5 725.89 cancel out; what is left is external: C4 775.00 received,
        // C5 1 550.00 + C8 424.66 paid: net −1 199.66.
        assertThat(figures.territory(ELIMINATIONS, MONTH)).isCloseTo(5_725.89, CENT);
        assertThat(figures.territory(NET_BALANCE, MONTH)).isCloseTo(-1_199.66, CENT);
    }

    @Test
    void petCountsOnlyHalfDaysAtLeast20KmAwayAndUsesTheBands() {
        // R1: C1 to Roanne (72.2 km) 2 half-days counts, C3 to the Gier (10.4 km) does not → 2 half-days → 450 €.
        assertThat(figures.get(IndicatorKey.of(PET_MONTHLY, AT_DATE).entity(A).detail(R1.value()))).isEqualTo(450);
        // R3: 1 half-day in Lyon (50.7 km) → 250 €; R2: 1 half-day from Roanne to the Nord site (67.5 km) → 250 €.
        assertThat(figures.get(IndicatorKey.of(PET_MONTHLY, AT_DATE).entity(A).detail(R3.value()))).isEqualTo(250);
        assertThat(figures.get(IndicatorKey.of(PET_MONTHLY, AT_DATE).entity(B).detail(R2.value()))).isEqualTo(250);
        // R4 is employed by E and R7 by the partner P: not the territory's to pay. Total 950 €/month, 11 400 €/year.
        assertThat(figures.find(IndicatorKey.of(PET_MONTHLY, AT_DATE).entity(E).detail(R4.value()))).isEmpty();
        assertThat(figures.territory(PET_MONTHLY, AT_DATE)).isEqualTo(950);
        assertThat(figures.territory(PET_ANNUAL, AT_DATE)).isEqualTo(11_400);
    }

    @Test
    void listsConventionsEndingWithinNinetyDays() {
        // C4 ends 31/07/2024, 31 days after the business date; C2 ends 31/12/2024, beyond 90 days.
        assertThat(figures.territory(CONVENTIONS_TO_RENEW, AT_DATE)).isEqualTo(1);
        assertThat(figures.get(IndicatorKey.of(CONVENTIONS_TO_RENEW, AT_DATE).flow(A, E).detail("C4"))).isEqualTo(31);
    }

    @Test
    void activityOfTheCountedMembersWithAMissingNMinusOneMonth() {
        // May 2024: A 100 + B 50 = 150 stays (P's 40 stay beside); May 2023: A 90, B has no May 2023 at all.
        assertThat(figures.stays(ACTIVITY_VOLUME, MONTH, null)).isEqualTo(150);
        assertThat(figures.stays(ACTIVITY_VOLUME, MONTH_N1, null)).isEqualTo(90);
        // Year to date (January–May 2024): A 100 + 80 and B 50 = 230; N-1 (January–May 2023): 90.
        assertThat(figures.stays(ACTIVITY_VOLUME, YEAR_TO_DATE, null)).isEqualTo(230);
        assertThat(figures.stays(ACTIVITY_VOLUME, YEAR_TO_DATE_N1, null)).isEqualTo(90);
        assertThat(figures.stays(ACTIVITY_VOLUME, MONTH, P)).isEqualTo(40);
    }

    @Test
    void volumesByActivityTypeAreAlsoGivenOverAllPathways() {
        IndicatorKey stays = IndicatorKey.of(ACTIVITY_VOLUME, MONTH).activityType(ActivityType.SEJOUR_HC);
        // May 2024, all pathways: A 100, B 50, C 10 (rehabilitation) = 160 stays; medicine alone 150.
        assertThat(figures.get(stays)).isEqualTo(160);
        assertThat(figures.stays(ACTIVITY_VOLUME, MONTH, null)).isEqualTo(150);
        assertThat(figures.get(stays.entity(C))).isEqualTo(10);
        // A, year to date (January–May 2024): 100 + 80 = 180 stays and 500 days; B 120 consultations.
        assertThat(figures.get(IndicatorKey.of(ACTIVITY_VOLUME, YEAR_TO_DATE).entity(A).activityType(ActivityType.SEJOUR_HC)))
                .isEqualTo(180);
        assertThat(figures.get(IndicatorKey.of(ACTIVITY_VOLUME, YEAR_TO_DATE).entity(A).activityType(ActivityType.JOURNEE)))
                .isEqualTo(500);
        assertThat(figures.get(IndicatorKey.of(ACTIVITY_VOLUME, MONTH).entity(B).activityType(ActivityType.CONSULTATION)))
                .isEqualTo(120);
        // The partner's 40 stays are its own, never the territory's.
        assertThat(figures.get(stays.entity(P))).isEqualTo(40);
    }

    @Test
    void monthlySeriesCountsOnlyTheCountedMembers() {
        IndicatorKey may = IndicatorKey.of(ACTIVITY_VOLUME, MONTHLY).month(fr.copilote.model.activity.Period.of(2024, 5))
                .pathway(CarePathway.MEDECINE).activityType(ActivityType.SEJOUR_HC);
        // A 100 + B 50; the partner's 40 stays stay out.
        assertThat(figures.get(may)).isEqualTo(150);
        assertThat(figures.get(may.month(fr.copilote.model.activity.Period.of(2023, 5)))).isEqualTo(90);
    }

    @Test
    void marginAndAverageLengthOfStay() {
        IndicatorKey may = IndicatorKey.of(MARGIN, MONTH).pathway(CarePathway.MEDECINE);
        // Revenue 400 000 + 0 + 200 000 + 3 600 = 603 600; cost 350 000 + 210 000 + 3 000 = 563 000; margin 40 600.
        assertThat(figures.get(may)).isEqualTo(40_600);
        assertThat(figures.get(may.as(MARGIN_RATE))).isCloseTo(40_600.0 / 603_600, TINY);
        assertThat(figures.get(IndicatorKey.of(MARGIN, MONTH).entity(B))).isEqualTo(-9_400);
        // A: 500 days ÷ 100 full-hospitalisation stays = 5 days.
        assertThat(figures.get(IndicatorKey.of(AVERAGE_LENGTH_OF_STAY, MONTH).entity(A).pathway(CarePathway.MEDECINE))).isEqualTo(5);
    }

    @Test
    void activityUnderConventionsAndTheDistancePatientsDidNotTravel() {
        IndicatorKey consultations = IndicatorKey.of(ACTIVITY_UNDER_CONVENTIONS, MONTH).entity(B).activityType(ActivityType.CONSULTATION);
        assertThat(figures.get(consultations)).isEqualTo(30);
        // 30 of B's 120 consultations: 25 %.
        assertThat(figures.get(consultations.as(SHARE_UNDER_CONVENTIONS))).isCloseTo(0.25, TINY);
        // 30 consultations avancées × 72.23 km Roanne → Saint-Étienne = 2 166.98 km.
        assertThat(figures.territory(DISTANCE_NOT_TRAVELLED, MONTH)).isCloseTo(2_166.98, within(0.01));
    }

    @Test
    void leakageAndAttractivenessFromThePatientsTerritory() {
        // Residents of TEST: 80 at A + 50 at B + 30 at E + 10 at the partner P = 170; treated outside (E, P): 40 → 23.5 %.
        IndicatorKey leakage = IndicatorKey.of(LEAKAGE_RATE, YEAR_TO_DATE).activityType(ActivityType.SEJOUR_HC);
        assertThat(figures.get(leakage)).isCloseTo(40.0 / 170, TINY);
        // Treated at A and B with a known territory: 80 + 20 + 50 = 150, of whom 20 live elsewhere → 13.3 %.
        assertThat(figures.get(leakage.as(ATTRACTIVENESS_RATE))).isCloseTo(20.0 / 150, TINY);
        // The all-stays headline is the same here: only full-hospitalisation stays were given.
        assertThat(figures.get(IndicatorKey.of(LEAKAGE_RATE, YEAR_TO_DATE).detail("SEJOURS"))).isCloseTo(40.0 / 170, TINY);
    }

    @Test
    void publishedSaeFiguresAddUpOverTheCountedMembers() {
        // Beds: A 1 800 + B 600 = 2 400 (C published none; the partner's 90 stay beside).
        assertThat(figures.get(IndicatorKey.of(SAE_MCO_BEDS, AT_DATE).detail("2023"))).isEqualTo(2_400);
        assertThat(figures.get(IndicatorKey.of(SAE_MCO_BEDS, AT_DATE).entity(P).detail("2023"))).isEqualTo(90);
    }

    @Test
    void activityPerMedicalFteOverTheLastTwelveMonths() {
        // Rolling 12 months June 2023 – May 2024. A: 100 + 80 = 180 stays for 100 FTE = 1.8; revenue 720 000 € ÷ 100 = 7 200 €.
        assertThat(figures.get(IndicatorKey.of(ACTIVITY_PER_MEDICAL_FTE, ROLLING_12).entity(A).activityType(ActivityType.SEJOUR_HC)))
                .isCloseTo(1.8, TINY);
        assertThat(figures.get(IndicatorKey.of(REVENUE_PER_MEDICAL_FTE, ROLLING_12).entity(A))).isCloseTo(7_200, TINY);
        // Territory: A and B have SAE staffing (C has none, left out): (180 + 50) stays ÷ 150 FTE.
        assertThat(figures.get(IndicatorKey.of(ACTIVITY_PER_MEDICAL_FTE, ROLLING_12).activityType(ActivityType.SEJOUR_HC)))
                .isCloseTo(230.0 / 150, TINY);
        assertThat(figures.territory(MEDICAL_FTE, AT_DATE)).isEqualTo(150);
    }
}
