package fr.copilote.model.generator;

import fr.copilote.model.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** National scale on real establishments, when the real data are there: directory copied from the real files. */
class NationalScaleFromRealEstablishmentsTest {

    @Test
    void realEstablishmentsKeepTheirPublishedDirectoryLines(@TempDir Path folder) throws IOException {
        Path realData = SharedData.requireFolder();
        GenerationSummary summary = DataGenerator.generate(GeneratorSettings.nationalScale(3, 12, 120, 400, 6,
                YearMonth.of(2024, 12), 20_000, realData), folder);

        assertThat(new HashSet<>(CsvFile.contract(folder.resolve("territoires.csv")).column("finess"))).hasSize(120);
        assertThat(summary.conventionRows()).isEqualTo(400);
        assertThat(summary.activityRows()).isBetween(19_800L, 20_200L);
        ContractChecks.assertDirectoryLinesComeFromTheRealFiles(folder, realData);
        ContractChecks.assertEveryFinessIsInDirectory(folder);
        ContractChecks.assertConventionsParse(folder);
        ContractChecks.assertActivityParsesAndIsSorted(folder);
    }
}
