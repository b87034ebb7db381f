package fr.copilote.model.indicator;

import fr.copilote.model.activity.Period;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The periods a run reports on. The business date is the day the run stands for; the reporting month is the
 * last month with activity data not after it (activity arrives with a lag, so the latest complete month is
 * what a steering committee discusses). Year-to-date runs from January to the reporting month; N-1 is the
 * same span one year earlier.
 */
public record ReportingCalendar(LocalDate businessDate, Period month) {

    public ReportingCalendar {
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(month, "month");
    }

    public LocalDate businessDateN1() {
        return businessDate.minusYears(1);
    }

    /** The first month any scope of this calendar looks at: 23 months before the reporting month. */
    public Period firstMonthNeeded() {
        return month.plusMonths(-23);
    }

    /** The scopes a month of activity counts in. */
    public Set<PeriodScope> scopesOf(Period period) {
        Set<PeriodScope> scopes = EnumSet.noneOf(PeriodScope.class);
        Period n1 = month.sameMonthPreviousYear();
        if (period.equals(month)) {
            scopes.add(PeriodScope.MONTH);
        }
        if (period.equals(n1)) {
            scopes.add(PeriodScope.MONTH_N1);
        }
        if (period.month().getYear() == month.month().getYear() && period.compareTo(month) <= 0) {
            scopes.add(PeriodScope.YEAR_TO_DATE);
        }
        if (period.month().getYear() == n1.month().getYear() && period.compareTo(n1) <= 0) {
            scopes.add(PeriodScope.YEAR_TO_DATE_N1);
        }
        if (period.compareTo(month) <= 0 && period.compareTo(month.plusMonths(-11)) >= 0) {
            scopes.add(PeriodScope.ROLLING_12);
        }
        if (period.compareTo(n1) <= 0 && period.compareTo(n1.plusMonths(-11)) >= 0) {
            scopes.add(PeriodScope.ROLLING_12_N1);
        }
        return scopes;
    }
}
