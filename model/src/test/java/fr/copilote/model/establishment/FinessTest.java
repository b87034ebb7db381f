package fr.copilote.model.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.copilote.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinessTest {

    @ParameterizedTest
    @ValueSource(strings = {"010780054", "420784878", "590780193", "2A0000014", "2B0000012", "970100012", "980500011"})
    void acceptsNumbersOfTheSaeDirectory(String number) {
        assertThat(Finess.of(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @CsvSource({
            "010780055, FINESS_CLE",
            "2A0000015, FINESS_CLE",
            "12345, FINESS_FORMAT",
            "0107800540, FINESS_FORMAT",
            "01078005A, FINESS_FORMAT",
            "200000001, FINESS_DEPARTEMENT",
            "000000000, FINESS_DEPARTEMENT",
            "990000000, FINESS_DEPARTEMENT",
            "3C0000000, FINESS_DEPARTEMENT"})
    void rejectsMalformedNumbersUnderTheRuleTheyBreak(String number, String rule) {
        assertThatThrownBy(() -> Finess.of(number))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).rule()).isEqualTo(rule))
                .hasMessageContaining(number);
    }

    @Test
    void explainsAWrongKeyInFrench() {
        assertThatThrownBy(() -> Finess.of("010780055")).hasMessage(
                "« 010780055 » n'est pas un numéro FINESS valide : la clé de contrôle (dernier chiffre) est fausse");
    }

    @Test
    void restoresLeadingZerosLostByNumericExports() {
        assertThat(Finess.ofLeftPadded("10000024")).isEqualTo(new Finess("010000024"));
    }

    @Test
    void toleratesBlanksAroundACell() {
        assertThat(Finess.of(" 420784878 ")).isEqualTo(new Finess("420784878"));
    }
}
