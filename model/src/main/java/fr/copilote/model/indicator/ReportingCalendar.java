package fr.copilote.model.indicator;

import fr.copilote.model.activity.Period;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The periods a run reports on. The business date is the day the run stands for; the reporting month is the
 * last month with activity data not after it (activity arrives with a lag, so the latest complete month is
 * what a steering committee discusses). The quarter and the year-to-date run from the start of the reporting
 * month's quarter and year to the reporting month; rolling 12 months end with it; N-1 is the same span one
 * year earlier.
 */
public record ReportingCalendar(LocalDate businessDate, Period month) {

    /** How many months of activity the calendar reads: the reporting month and the 23 before it. */
    public static final int MONTHS_READ = 24;

    public ReportingCalendar {
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(month, "month");
    }

    public LocalDate businessDateN1() {
        return businessDate.minusYears(1);
    }

    /** The first month any scope of this calendar looks at. */
    public Period firstMonthNeeded() {
        return month.plusMonths(-(MONTHS_READ - 1));
    }

    /** The days a span covers; for AT_DATE, the business date alone. */
    public DateRange rangeOf(PeriodScope scope) {
        return switch (scope) {
            case AT_DATE -> new DateRange(businessDate, businessDate);
            case AT_DATE_N1 -> new DateRange(businessDateN1(), businessDateN1());
            case MONTHLY -> throw new IllegalArgumentException("a monthly series has one range per month");
            case MONTH -> months(month, month, 0);
            case QUARTER -> months(quarterStart(month), month, 0);
            case YEAR_TO_DATE -> months(Period.of(month.month().getYear(), 1), month, 0);
            case ROLLING_12 -> months(month.plusMonths(-11), month, 0);
            case MONTH_N1 -> months(month, month, 12);
            case QUARTER_N1 -> months(quarterStart(month), month, 12);
            case YEAR_TO_DATE_N1 -> months(Period.of(month.month().getYear(), 1), month, 12);
            case ROLLING_12_N1 -> months(month.plusMonths(-11), month, 12);
            case YEAR_N1 -> months(Period.of(month.month().getYear(), 1), Period.of(month.month().getYear(), 12), 12);
        };
    }

    /** The scopes a month of activity counts in (MONTHLY aside: every month read is in the series). */
    public Set<PeriodScope> scopesOf(Period period) {
        Set<PeriodScope> scopes = EnumSet.noneOf(PeriodScope.class);
        LocalDate day = period.firstDay();
        for (PeriodScope scope : PeriodScope.spans()) {
            if (rangeOf(scope).contains(day)) {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    /**
     * The scopes a month of activity is summed in: those of {@link #scopesOf}, and the whole previous year, which
     * objectives project from. Always within the months read: the 24 months ending with any month of a year start
     * in the January of the year before at the latest.
     */
    public Set<PeriodScope> activityScopesOf(Period period) {
        Set<PeriodScope> scopes = scopesOf(period);
        if (rangeOf(PeriodScope.YEAR_N1).contains(period.firstDay())) {
            scopes.add(PeriodScope.YEAR_N1);
        }
        return scopes;
    }

    /** How many months of the reporting year the year to date covers (January … reporting month). */
    public int monthsElapsed() {
        return month.month().getMonthValue();
    }

    /** The year objectives are evaluated for: the reporting month's. */
    public int reportingYear() {
        return month.month().getYear();
    }

    private static DateRange months(Period from, Period to, int monthsEarlier) {
        return new DateRange(from.plusMonths(-monthsEarlier).firstDay(), to.plusMonths(-monthsEarlier).lastDay());
    }

    private static Period quarterStart(Period period) {
        int monthValue = period.month().getMonthValue();
        return Period.of(period.month().getYear(), monthValue - (monthValue - 1) % 3);
    }
}
