package fr.copilote.model.pet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PetScaleTest {

    private final PetScale scale = PetScale.regulatory2017();

    @ParameterizedTest(name = "{0} demi-journée(s) sur {1} site(s) : {2} €")
    @CsvSource({
            "0.5, 1, 250", "1, 1, 250",
            "1.5, 1, 450", "3, 2, 450",
            "3.5, 1, 700", "4, 1, 700",
            "4, 2, 1000", "4.5, 1, 1000", "10, 3, 1000"})
    void pricesWeeklyHalfDaysWithTheRegulatoryBands(String halfDays, int sites, int monthly) {
        assertThat(scale.monthlyAmount(new BigDecimal(halfDays), sites)).contains(new BigDecimal(monthly));
    }

    @Test
    void noHalfDayNoPrime() {
        assertThat(scale.monthlyAmount(BigDecimal.ZERO, 0)).isEmpty();
    }

    @Test
    void aRunUsesTheScaleInForceOnItsDate() {
        PetScale revised = new PetScale(LocalDate.of(2026, 1, 1), "barème fictif de test",
                List.of(new PetBand(BigDecimal.ZERO, null, new BigDecimal("300"))), new BigDecimal("4"), 2, new BigDecimal("300"));
        PetScales scales = new PetScales(List.of(revised, scale));

        assertThat(scales.inForceOn(LocalDate.of(2025, 12, 31))).isEqualTo(scale);
        assertThat(scales.inForceOn(LocalDate.of(2026, 1, 1))).isEqualTo(revised);
        assertThat(scales.inForceOn(LocalDate.of(2010, 1, 1))).as("before any scale, the first one").isEqualTo(scale);
    }
}
