package fr.copilote.model.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.copilote.model.common.InvalidValueException;
import fr.copilote.model.common.Luhn;
import org.junit.jupiter.api.Test;

class RppsTest {

    @Test
    void acceptsElevenDigitsEndingWithTheirLuhnKey() {
        // 10005173140: Luhn sum of 1000517314 with the key 0 is a multiple of 10.
        assertThat(Rpps.of("10005173140").value()).isEqualTo("10005173140");
    }

    @Test
    void rejectsAWrongKey() {
        assertThatThrownBy(() -> Rpps.of("10005173141"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).rule()).isEqualTo(Rpps.RULE_KEY));
    }

    @Test
    void rejectsAnythingButElevenDigits() {
        assertThatThrownBy(() -> Rpps.of("810005173140")).hasMessageContaining("11 chiffres");
        assertThatThrownBy(() -> Rpps.of("1000517314A")).hasMessageContaining("11 chiffres");
    }

    @Test
    void luhnKeyCompletesAnyPrefix() {
        String prefix = "1000123456";
        assertThat(Luhn.isValid(prefix + Luhn.keyFor(prefix))).isTrue();
    }
}
