package fr.copilote.model.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.copilote.model.common.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedValueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9 699|9699",
            "9\u00A0337|9337",
            "11\u202F865\u00A0418|11865418",
            "2,94|2.94",
            "176.2|176.2",
            "0|0",
            "-3,5|-3.5"})
    void readsNumbersWithGroupedThousandsAndDecimalCommas(String cell, String expected) {
        assertThat(PublishedValue.parse(cell)).contains(PublishedValue.number(new BigDecimal(expected)));
    }

    @Test
    void keepsZeroAsAFigureNotAsAnAbsence() {
        assertThat(PublishedValue.parse("0")).hasValueSatisfying(value -> {
            assertThat(value.isMasked()).isFalse();
            assertThat(value.amount()).isZero();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "NA", " na "})
    void readsEmptyAndNotAvailableCellsAsNoValue(String cell) {
        assertThat(PublishedValue.parse(cell)).isEmpty();
        assertThat(PublishedValue.parsePercentage(cell)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 à 10", " 1 à 10 ", "1\u00A0à\u00A010"})
    void keepsMaskedSmallCountsAsThePublishedTextNeverAsANumber(String cell) {
        assertThat(PublishedValue.parse(cell)).contains(PublishedValue.masked("1 à 10"));
        assertThat(PublishedValue.parse(cell).orElseThrow().amount()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"63,3 %|0.633", "1,3 %|0.013", "100,0 %|1.000", "0,0 %|0.000", "47.7%|0.477"})
    void readsPercentagesAsExactRates(String cell, String rate) {
        assertThat(PublishedValue.parsePercentage(cell).orElseThrow().amount()).isEqualByComparingTo(rate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1 2,3,4", "12 %", "1.2.3", "--1"})
    void refusesTextThatIsNoPublishedNumberUnderTheNumberRule(String cell) {
        assertThatThrownBy(() -> PublishedValue.parse(cell))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("n'est pas un nombre publié")
                .satisfies(e -> assertThat(((InvalidValueException) e).rule()).isEqualTo(PublishedValue.RULE_NUMBER));
    }

    @Test
    void isEitherANumberOrAMaskedCount() {
        assertThatThrownBy(() -> new PublishedValue(BigDecimal.ONE, "1 à 10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublishedValue(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
