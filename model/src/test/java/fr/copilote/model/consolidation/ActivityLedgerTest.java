package fr.copilote.model.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.DateRange;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The whole N-1 year, summed beside the other scopes: January to December of the year before the reporting month's. */
class ActivityLedgerTest {

    private static final Finess CHU = new Finess("420784878");
    private static final ReportingCalendar MAY_2024 = new ReportingCalendar(LocalDate.of(2024, 6, 30), Period.of(2024, 5));

    private static ActivityTotal stays(int year, int month, long volume) {
        return new ActivityTotal(CHU, CarePathway.MEDECINE, ActivityType.SEJOUR_HC, Period.of(year, month), volume,
                BigDecimal.valueOf(volume * 1000), BigDecimal.ZERO);
    }

    private static long volume(ActivityLedger ledger, PeriodScope scope) {
        ActivityLedger.Sums sums = ledger.of(CHU).get(new ActivityLedger.Key(CHU, CarePathway.MEDECINE, ActivityType.SEJOUR_HC, scope));
        return sums == null ? 0 : sums.volume();
    }

    @Test
    void theWholePreviousYearIsSummedWhateverTheReportingMonth() {
        ActivityLedger ledger = new ActivityLedger(MAY_2024);
        ledger.add(stays(2022, 12, 7));   // before N-1: rolling 12 months N-1 only
        ledger.add(stays(2023, 1, 10));   // N-1, among the same months as the year to date
        ledger.add(stays(2023, 9, 20));   // N-1, after the same months
        ledger.add(stays(2023, 12, 30));  // N-1, its last month
        ledger.add(stays(2024, 2, 40));   // N

        assertThat(volume(ledger, PeriodScope.YEAR_N1)).isEqualTo(10 + 20 + 30);
        assertThat(volume(ledger, PeriodScope.YEAR_TO_DATE_N1)).isEqualTo(10);
        assertThat(volume(ledger, PeriodScope.YEAR_TO_DATE)).isEqualTo(40);
        assertThat(MAY_2024.rangeOf(PeriodScope.YEAR_N1)).isEqualTo(new DateRange(
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
    }
}
