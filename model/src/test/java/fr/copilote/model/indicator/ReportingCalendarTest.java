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
    void reportingMonthCountsInMonthYearToDateAndRollingTwelve() {
        assertThat(calendar.scopesOf(Period.of(2024, 10))).containsExactlyInAnyOrder(MONTH, YEAR_TO_DATE, ROLLING_12);
    }

    @Test
    void sameMonthLastYearIsNMinusOne() {
        // October 2023 is 12 months before October 2024: outside the rolling 12 months (Nov 2023–Oct 2024),
        // the last month of the rolling 12 months N-1 (Nov 2022–Oct 2023).
        assertThat(calendar.scopesOf(Period.of(2023, 10))).containsExactlyInAnyOrder(MONTH_N1, YEAR_TO_DATE_N1, ROLLING_12_N1);
        // November 2023 opens the rolling 12 months and is past October N-1.
        assertThat(calendar.scopesOf(Period.of(2023, 11))).containsExactly(ROLLING_12);
    }

    @Test
    void monthsAfterTheReportingMonthCountNowhere() {
        assertThat(calendar.scopesOf(Period.of(2024, 11))).isEmpty();
        assertThat(calendar.scopesOf(Period.of(2023, 12))).containsExactly(ROLLING_12);
    }

    @Test
    void needsTwentyFourMonthsOfActivity() {
        assertThat(calendar.firstMonthNeeded()).isEqualTo(Period.of(2022, 11));
    }
}
