package fr.copilote.model.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** docs/indicators.md is the controller's reference: every indicator of the catalogue must be in it. */
class IndicatorCatalogueIsDocumentedTest {

    @Test
    void everyIndicatorHasItsLineInTheDocs() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "indicators.md"));
        assertThat(Arrays.stream(Indicator.values()).map(indicator -> "| `" + indicator.name() + "` | " + indicator.label() + " |"))
                .allSatisfy(line -> assertThat(docs).contains(line));
    }
}
