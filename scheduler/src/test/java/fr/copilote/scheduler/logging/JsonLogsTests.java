package fr.copilote.scheduler.logging;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.scheduler.support.ChildCopilote;
import fr.copilote.scheduler.support.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file of a run, in text and as JSON for a log collector: every line of the run carries its execution id. */
class JsonLogsTests {

    @TempDir
    Path work;

    @Test
    void withTheJsonLogsProfileEachLineIsAJsonObjectKeyedByExecution() throws Exception {
        Path log = work.resolve("copilote.json.log");
        ChildCopilote run = ChildCopilote.start(work, "json", "run", "--input", Samples.folder().toString(), "--output",
                work.resolve("sorties").toString(), "--date", "2024-12-31", "--spring.profiles.active=json-logs",
                "--logging.file.name=" + log, "--copilote.data-dir=" + work.resolve("data"));
        assertThat(run.process().waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(run.process().exitValue()).as(run.console()).isZero();

        List<String> lines = Files.readAllLines(log);
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        assertThat(lines).filteredOn(line -> line.contains("Début du traitement du 31/12/2024"))
                .singleElement().satisfies(line -> assertThat(line).contains("\"execution\":\"1\"").contains("\"log\":{\"level\":\"INFO\""));
    }

    @Test
    void byDefaultEachLineOfARunNamesItsExecution() throws Exception {
        Path log = work.resolve("copilote.log");
        ChildCopilote run = ChildCopilote.start(work, "texte", "run", "--input", Samples.folder().toString(), "--output",
                work.resolve("sorties").toString(), "--date", "2024-12-31", "--logging.file.name=" + log,
                "--copilote.data-dir=" + work.resolve("data"));
        assertThat(run.process().waitFor(3, TimeUnit.MINUTES)).isTrue();

        assertThat(Files.readAllLines(log)).filteredOn(line -> line.contains("Début du traitement du 31/12/2024"))
                .singleElement().satisfies(line -> assertThat(line).contains("[exécution 1]"));
    }
}
