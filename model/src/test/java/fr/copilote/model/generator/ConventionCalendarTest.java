package fr.copilote.model.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConventionCalendarTest {

    private static final LocalDate REFERENCE = LocalDate.of(2024, 12, 31);
    private final ConventionCalendar calendar = new ConventionCalendar(REFERENCE);
    private final SplittableRandom rng = Seeds.of(5, "calendrier");

    @Test
    void runningConventionsStartedBeforeTheReferenceDateAndEndNotBeforeIt() {
        for (int i = 0; i < 1_000; i++) {
            for (ConventionFate fate : new ConventionFate[] {ConventionFate.IN_FORCE_OPEN, ConventionFate.IN_FORCE_ENDING_LATER,
                    ConventionFate.IN_FORCE_ENDING_SOON}) {
                ConventionDates dates = calendar.datesFor(fate, 2016, rng);
                assertThat(dates.start()).isBeforeOrEqualTo(REFERENCE).isAfterOrEqualTo(LocalDate.of(2016, 1, 1));
                assertThat(dates.start().getDayOfMonth()).isEqualTo(1);
                if (dates.end() != null) {
                    assertThat(dates.end()).isAfterOrEqualTo(REFERENCE);
                }
            }
        }
    }

    @Test
    void renewalsDueSoonEndWithinNinetyDaysAndOthersLater() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(calendar.datesFor(ConventionFate.IN_FORCE_ENDING_SOON, 2016, rng).end())
                    .isAfter(REFERENCE).isBeforeOrEqualTo(REFERENCE.plusDays(90));
            assertThat(calendar.datesFor(ConventionFate.IN_FORCE_ENDING_LATER, 2016, rng).end())
                    .isAfter(REFERENCE.plusDays(90));
            assertThat(calendar.datesFor(ConventionFate.IN_FORCE_OPEN, 2016, rng).end()).isNull();
        }
    }

    @Test
    void endedConventionsEndedBeforeTheReferenceYearAndPlannedOnesStartAfterTheReferenceDate() {
        for (int i = 0; i < 1_000; i++) {
            ConventionDates ended = calendar.datesFor(ConventionFate.ENDED, 2016, rng);
            assertThat(ended.end()).isBefore(LocalDate.of(2024, 1, 1)).isAfter(ended.start());
            ConventionDates terminated = calendar.datesFor(ConventionFate.TERMINATED, 2016, rng);
            assertThat(terminated.end()).isBefore(REFERENCE).isAfter(terminated.start());
            assertThat(calendar.datesFor(ConventionFate.PLANNED, 2016, rng).start()).isAfter(REFERENCE);
        }
    }

    @Test
    void anAccordSignedLateStillGivesConsistentDates() {
        for (ConventionFate fate : ConventionFate.values()) {
            ConventionDates dates = calendar.datesFor(fate, 2024, rng);
            if (dates.end() != null) {
                assertThat(dates.start()).isBeforeOrEqualTo(dates.end());
            }
        }
    }
}
