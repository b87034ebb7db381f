package fr.copilote.model.consolidation;

import static fr.copilote.model.activity.ActivityType.*;
import static fr.copilote.model.consolidation.Fixture.*;
import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.model.indicator.PeriodScope.*;
import static fr.copilote.model.pathway.CarePathway.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.copilote.model.activity.Period;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.pathway.HeadlineUnit;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Pathways in their own units, on the {@link Fixture} territory (reporting month May 2024: the year to date is
 * January–May, N-1 January–May 2023) with this activity:
 *
 * <pre>
 * A (CHU, public)   Chirurgie  May 2024: 60 stays HC, 40 ambulatory; April 2024: 20 ambulatory; May 2023: 70 HC, 30 ambulatory
 *                   Biologie   May 2024: 700 acts
 * B (CH, public)    Urgences   January 2024: 1 000 passages, May 2024: 900 — none in 2023 (the missing N-1)
 *                   Périnatalité May 2024: 25 births, 40 consultations of which 30 under C1 (consultation avancée A → B, Cardiologie)
 * P (partner, private) Biologie May 2024: 300 acts; Chirurgie May 2024: 50 ambulatory (never in the totals)
 * </pre>
 */
class PathwayFiguresTest {

    private static final Offset<Double> TINY = within(1e-9);

    private static void activity(ActivityPass pass) {
        pass.accept(volume(A, CHIRURGIE_ANESTHESIE, SEJOUR_HC, 2024, 5, null, 60));
        pass.accept(volume(A, CHIRURGIE_ANESTHESIE, SEJOUR_AMBULATOIRE, 2024, 5, null, 40));
        pass.accept(volume(A, CHIRURGIE_ANESTHESIE, SEJOUR_AMBULATOIRE, 2024, 4, null, 20));
        pass.accept(volume(A, CHIRURGIE_ANESTHESIE, SEJOUR_HC, 2023, 5, null, 70));
        pass.accept(volume(A, CHIRURGIE_ANESTHESIE, SEJOUR_AMBULATOIRE, 2023, 5, null, 30));
        pass.accept(volume(A, BIOLOGIE, ACTE, 2024, 5, null, 700));
        pass.accept(volume(B, URGENCES, PASSAGE_URGENCES, 2024, 1, null, 1_000));
        pass.accept(volume(B, URGENCES, PASSAGE_URGENCES, 2024, 5, null, 900));
        pass.accept(volume(B, PERINATALITE, NAISSANCE, 2024, 5, null, 25));
        pass.accept(volume(B, PERINATALITE, CONSULTATION, 2024, 5, null, 10));
        pass.accept(volume(B, PERINATALITE, CONSULTATION, 2024, 5, "C1", 30));
        pass.accept(volume(P, BIOLOGIE, ACTE, 2024, 5, null, 300));
        pass.accept(volume(P, CHIRURGIE_ANESTHESIE, SEJOUR_AMBULATOIRE, 2024, 5, null, 50));
    }

    private final Figures figures = consolidate(Set.of(A, B, C));

    private static Figures consolidate(Set<Finess> publicEntities) {
        return new Figures(new TerritoryConsolidator(Fixture.inputs(PathwayFiguresTest::activity, publicEntities))
                .consolidate(PERIMETER).values());
    }

    private static IndicatorKey headline(PeriodScope scope, CarePathway pathway, HeadlineUnit unit) {
        return IndicatorKey.of(HEADLINE_VOLUME, scope).pathway(pathway).detail(unit.name());
    }

    @Test
    void surgeryIsCountedInStaysOfBothKindsAddedUp() {
        // 60 + 40 + 20 = 120 stays this year, 70 + 30 = 100 in N-1; the partner's 50 stay out of the totals.
        assertThat(figures.get(headline(YEAR_TO_DATE, CHIRURGIE_ANESTHESIE, HeadlineUnit.SEJOURS))).isEqualTo(120);
        assertThat(figures.get(headline(YEAR_TO_DATE_N1, CHIRURGIE_ANESTHESIE, HeadlineUnit.SEJOURS))).isEqualTo(100);
        // Rolling 12 months June 2023 – May 2024: the May 2023 stays are out.
        assertThat(figures.get(headline(ROLLING_12, CHIRURGIE_ANESTHESIE, HeadlineUnit.SEJOURS))).isEqualTo(120);
        assertThat(figures.get(headline(YEAR_TO_DATE, CHIRURGIE_ANESTHESIE, HeadlineUnit.SEJOURS).entity(P))).isEqualTo(50);
    }

    @Test
    void eachPathwayInItsOwnUnitNeverAddedToAnother() {
        assertThat(figures.get(headline(YEAR_TO_DATE, URGENCES, HeadlineUnit.PASSAGES))).isEqualTo(1_900);
        assertThat(figures.get(headline(YEAR_TO_DATE, PERINATALITE, HeadlineUnit.NAISSANCES))).isEqualTo(25);
        // Consultations are a unit of their own wherever a pathway holds some.
        assertThat(figures.get(headline(YEAR_TO_DATE, PERINATALITE, HeadlineUnit.CONSULTATIONS))).isEqualTo(40);
        assertThat(figures.get(headline(YEAR_TO_DATE, BIOLOGIE, HeadlineUnit.ACTES))).isEqualTo(700);
        // A unit without volume is not given at all: emergencies have no stays, surgery no consultations.
        assertThat(figures.find(headline(YEAR_TO_DATE, URGENCES, HeadlineUnit.SEJOURS))).isEmpty();
        assertThat(figures.find(headline(YEAR_TO_DATE, CHIRURGIE_ANESTHESIE, HeadlineUnit.CONSULTATIONS))).isEmpty();
    }

    @Test
    void aPathwayWithoutActivityTheYearBeforeHasNoNMinusOne() {
        assertThat(figures.find(headline(YEAR_TO_DATE_N1, URGENCES, HeadlineUnit.PASSAGES))).isEmpty();
        assertThat(figures.get(headline(MONTH, URGENCES, HeadlineUnit.PASSAGES))).isEqualTo(900);
    }

    @Test
    void monthlySeriesInHeadlineUnits() {
        assertThat(figures.get(headline(MONTHLY, CHIRURGIE_ANESTHESIE, HeadlineUnit.SEJOURS).month(Period.of(2024, 5)))).isEqualTo(100);
        assertThat(figures.get(headline(MONTHLY, CHIRURGIE_ANESTHESIE, HeadlineUnit.SEJOURS).month(Period.of(2024, 4)))).isEqualTo(20);
        assertThat(figures.get(headline(MONTHLY, URGENCES, HeadlineUnit.PASSAGES).month(Period.of(2024, 1)))).isEqualTo(1_000);
        assertThat(figures.find(headline(MONTHLY, URGENCES, HeadlineUnit.PASSAGES).month(Period.of(2024, 2)))).isEmpty();
    }

    @Test
    void ambulatorySurgeryRateIsAmbulatoryStaysOverAllSurgeryStays() {
        IndicatorKey rate = IndicatorKey.of(AMBULATORY_SURGERY_RATE, YEAR_TO_DATE).pathway(CHIRURGIE_ANESTHESIE);
        // (40 + 20) ÷ 120 = 50 %; N-1: 30 ÷ 100 = 30 %; in May alone 40 ÷ 100.
        assertThat(figures.get(rate)).isCloseTo(0.5, TINY);
        assertThat(figures.get(IndicatorKey.of(AMBULATORY_SURGERY_RATE, YEAR_TO_DATE_N1).pathway(CHIRURGIE_ANESTHESIE))).isCloseTo(0.3, TINY);
        assertThat(figures.get(IndicatorKey.of(AMBULATORY_SURGERY_RATE, MONTH).pathway(CHIRURGIE_ANESTHESIE))).isCloseTo(0.4, TINY);
        assertThat(figures.get(rate.entity(A))).isCloseTo(0.5, TINY);
        // B does no surgery: no rate rather than 0 %.
        assertThat(figures.find(rate.entity(B))).isEmpty();
    }

    @Test
    void consultationsAvanceesPerHostAndPerSpecialty() {
        IndicatorKey avancees = IndicatorKey.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE);
        assertThat(figures.get(avancees)).isEqualTo(30);
        assertThat(figures.get(avancees.entity(B))).isEqualTo(30);
        assertThat(figures.get(avancees.detail("Cardiologie"))).isEqualTo(30);
        assertThat(figures.find(avancees.entity(A))).isEmpty();
    }

    @Test
    void shareOfAPathwaysActivityUnderConventions() {
        IndicatorKey under = IndicatorKey.of(ACTIVITY_UNDER_CONVENTIONS, YEAR_TO_DATE).pathway(PERINATALITE).activityType(CONSULTATION);
        assertThat(figures.get(under)).isEqualTo(30);
        // 30 of the pathway's 40 consultations.
        assertThat(figures.get(under.as(SHARE_UNDER_CONVENTIONS))).isCloseTo(0.75, TINY);
        assertThat(figures.get(under.as(SHARE_UNDER_CONVENTIONS).entity(B))).isCloseTo(0.75, TINY);
    }

    @Test
    void biologyInternalisationRateCountsPublicMembersAgainstMembersAndPartners() {
        // 700 acts at A (public, counted) ÷ (700 + 300 at the private partner P) = 70 %.
        IndicatorKey rate = IndicatorKey.of(BIOLOGY_INTERNALISATION_RATE, YEAR_TO_DATE).pathway(BIOLOGIE);
        assertThat(figures.get(rate)).isCloseTo(0.7, TINY);
        // A member whose status is not public does not count as internal: with only B known public, 0 of 1 000.
        assertThat(consolidate(Set.of(B)).get(rate)).isCloseTo(0, TINY);
    }

    @Test
    void noBiologyInternalisationRateWithoutAnyKnownPublicMember() {
        assertThat(consolidate(Set.of()).find(IndicatorKey.of(BIOLOGY_INTERNALISATION_RATE, YEAR_TO_DATE).pathway(BIOLOGIE))).isEmpty();
    }
}
