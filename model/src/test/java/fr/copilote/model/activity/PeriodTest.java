package fr.copilote.model.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesYearAndMonth() {
        assertThat(Period.parse("2024-02").lastDay()).hasToString("2024-02-29");
    }

    @Test
    void rejectsMonthsThatDoNotExist() {
        assertThatThrownBy(() -> Period.parse("2024-13")).hasMessage("« 2024-13 » n'est pas un mois qui existe");
    }

    @Test
    void rejectsOtherShapes() {
        assertThatThrownBy(() -> Period.parse("03/2024")).hasMessageContaining("format aaaa-MM attendu");
    }
}
