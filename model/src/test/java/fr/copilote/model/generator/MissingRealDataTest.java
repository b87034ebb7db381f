package fr.copilote.model.generator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingRealDataTest {

    @Test
    void bundledSampleWithoutRealDataFolderSaysWhatItNeeds(@TempDir Path output) {
        assertThatThrownBy(() -> DataGenerator.generate(GeneratorSettings.bundledSample(null), output))
                .isInstanceOf(MissingRealDataException.class)
                .hasMessageContaining("données publiques réelles")
                .hasMessageContaining("sae-2023/");
    }

    @Test
    void bundledSampleNamesTheFirstMissingFile(@TempDir Path realData, @TempDir Path output) throws IOException {
        Files.createDirectories(realData.resolve("sae-2023"));
        Files.writeString(realData.resolve("sae-2023/ID_2023r.csv"), "bor;an;fi\n");
        assertThatThrownBy(() -> DataGenerator.generate(GeneratorSettings.bundledSample(realData), output))
                .isInstanceOf(MissingRealDataException.class)
                .hasMessageContaining("introuvable")
                .hasMessageContaining("ST_2023r.csv");
    }
}
