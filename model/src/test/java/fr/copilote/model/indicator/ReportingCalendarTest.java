package fr.copilote.model.indicator;

import static fr.copilote.model.indicator.PeriodScope.*;
import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.activity.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingCalendarTest {

    // Business date 15/11/2024, activity known up to October 2024.
    private final ReportingCalendar calendar = new ReportingCalendar(LocalDate.of(2024, 11, 15), Period.of(2024, 10));

    @Test
    void reportingMonthCountsInItsMonthQuarterYearAndRollingTwelve() {
        assertThat(calendar.scopesOf(Period.of(2024, 10))).containsExactlyInAnyOrder(MONTH, QUARTER, YEAR_TO_DATE, ROLLING_12);
    }

    @Test
    void sameMonthLastYearIsNMinusOne() {
        // October 2023 is 12 months before October 2024: outside the rolling 12 months (Nov 2023–Oct 2024),
        // the last month of the rolling 12 months N-1 (Nov 2022–Oct 2023).
        assertThat(calendar.scopesOf(Period.of(2023, 10)))
                .containsExactlyInAnyOrder(MONTH_N1, QUARTER_N1, YEAR_TO_DATE_N1, ROLLING_12_N1);
        // November 2023 opens the rolling 12 months and is past October N-1.
        assertThat(calendar.scopesOf(Period.of(2023, 11))).containsExactly(ROLLING_12);
    }

    @Test
    void monthsAfterTheReportingMonthCountNowhere() {
        assertThat(calendar.scopesOf(Period.of(2024, 11))).isEmpty();
        assertThat(calendar.scopesOf(Period.of(2023, 12))).containsExactly(ROLLING_12);
    }

    @Test
    void spansAreWholeMonthsWithTheirN1ShiftedByAYear() {
        assertThat(calendar.rangeOf(QUARTER)).isEqualTo(new DateRange(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31)));
        assertThat(calendar.rangeOf(YEAR_TO_DATE)).isEqualTo(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 10, 31)));
        assertThat(calendar.rangeOf(ROLLING_12_N1)).isEqualTo(new DateRange(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 10, 31)));
        assertThat(calendar.rangeOf(AT_DATE_N1)).isEqualTo(new DateRange(LocalDate.of(2023, 11, 15), LocalDate.of(2023, 11, 15)));
        // February N-1 ends on the 28th even when the reporting February has 29 days.
        ReportingCalendar leap = new ReportingCalendar(LocalDate.of(2024, 3, 10), Period.of(2024, 2));
        assertThat(leap.rangeOf(MONTH).last()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(leap.rangeOf(MONTH_N1).last()).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void needsTwentyFourMonthsOfActivity() {
        assertThat(calendar.firstMonthNeeded()).isEqualTo(Period.of(2022, 11));
    }

    @Test
    void aDateRangeCountsOverlappingDaysBothEndsIncluded() {
        DateRange march = new DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        assertThat(march.days()).isEqualTo(31);
        assertThat(march.overlapDays(LocalDate.of(2024, 3, 10), null)).isEqualTo(22);
        assertThat(march.overlapDays(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 3, 5))).isEqualTo(5);
        assertThat(march.overlapDays(LocalDate.of(2024, 4, 1), null)).isZero();
    }
}
