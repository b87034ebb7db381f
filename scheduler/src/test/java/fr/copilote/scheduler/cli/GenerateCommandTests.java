package fr.copilote.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.testing.SharedData;
import fr.copilote.scheduler.support.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTests {

    private static final List<String> SAMPLE_FILES = List.of("territoires.csv", "conventions.csv", "activite.csv",
            "ID_2023r.csv", "ST_2023r.csv", "FR_healthcare.csv");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(new ApplicationContextHolder(), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theCommittedSampleIsExactlyWhatTheGeneratorWrites(@TempDir Path output) throws IOException {
        Path realData = SharedData.requireFolder();

        int code = run("generate", "--sample", "--real-data", realData.toString(), "--output", output.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.DONE);
        for (String file : SAMPLE_FILES) {
            assertThat(Files.mismatch(output.resolve(file), Samples.folder().resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void writesANationalDataSetOfTheRequestedSize(@TempDir Path output) throws IOException {
        int code = run("generate", "--national", "--seed", "7", "--territories", "4", "--establishments", "20",
                "--conventions", "40", "--months", "3", "--activity-rows", "3000", "--output", output.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("40 conventions");
        try (var lines = Files.lines(output.resolve("conventions.csv"))) {
            assertThat(lines.count()).isEqualTo(41);
        }
    }

    @Test
    void theSampleNeedsTheRealData(@TempDir Path output) {
        int code = run("generate", "--sample", "--real-data", output.resolve("absent").toString(), "--output", output.toString());

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).startsWith("Échec : ");
    }
}
