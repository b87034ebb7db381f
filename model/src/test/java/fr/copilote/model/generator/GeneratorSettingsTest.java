package fr.copilote.model.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

    @Test
    void bundledSampleUsesSeed2016AndTwentyFourMonthsEndingDecember2024() {
        GeneratorSettings settings = GeneratorSettings.bundledSample(Path.of("real"));
        assertThat(settings.kind()).isEqualTo(DataSetKind.BUNDLED_SAMPLE);
        assertThat(settings.seed()).isEqualTo(2016);
        assertThat(settings.territories()).isEqualTo(5);
        assertThat(settings.conventions()).isEqualTo(327);
        assertThat(settings.firstMonth()).isEqualTo(YearMonth.of(2023, 1));
        assertThat(settings.lastMonth()).isEqualTo(YearMonth.of(2024, 12));
    }

    @Test
    void nationalScaleDefaultsToTheBenchmarkSizes() {
        GeneratorSettings settings = GeneratorSettings.nationalScale(1);
        assertThat(settings.kind()).isEqualTo(DataSetKind.NATIONAL_SCALE);
        assertThat(settings.territories()).isEqualTo(135);
        assertThat(settings.establishments()).isEqualTo(3_000);
        assertThat(settings.conventions()).isEqualTo(10_000);
        assertThat(settings.activityRows()).isEqualTo(5_000_000);
        assertThat(settings.realData()).isNull();
    }

    @Test
    void refusesFewerThanTwoEstablishmentsPerTerritoryInFrench() {
        assertThatThrownBy(() -> GeneratorSettings.nationalScale(1, 10, 15, 0, 12, YearMonth.of(2024, 12), 0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("au moins deux établissements par territoire");
    }

    @Test
    void refusesAnEmptyActivityWindow() {
        assertThatThrownBy(() -> GeneratorSettings.nationalScale(1, 1, 2, 0, 0, YearMonth.of(2024, 12), 0, null))
                .hasMessageContaining("fenêtre d'activité");
    }
}
