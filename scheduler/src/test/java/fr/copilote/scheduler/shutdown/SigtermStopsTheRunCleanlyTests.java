package fr.copilote.scheduler.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.generator.DataGenerator;
import fr.copilote.model.generator.GeneratorSettings;
import fr.copilote.scheduler.support.ChildCopilote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service manager stopping Copilote in the middle of a night (SIGTERM, as {@code systemctl stop} sends): the run
 * stops at a chunk boundary as STOPPED, nothing half-done is published, and the same date launched again resumes
 * and ends with exactly the rows of an uninterrupted run.
 */
class SigtermStopsTheRunCleanlyTests {

    @TempDir
    Path work;

    @Test
    void sigtermDuringTheImportStopsTheRunAsStoppedAndTheSameDateThenResumesToExactlyEveryRow() throws Exception {
        Path input = work.resolve("entrees");
        DataGenerator.generate(GeneratorSettings.nationalScale(11, 5, 150, 400, 24, YearMonth.of(2024, 12), 400_000, null), input);
        long rows;
        try (Stream<String> lines = Files.lines(input.resolve("activite.csv"))) {
            rows = lines.count() - 1;
        }
        Path database = work.resolve("base").resolve("copilote");
        String[] run = {"run", "--input", input.toString(), "--output", work.resolve("sorties").toString(), "--date", "2024-12-31",
                "--copilote.data-dir=" + database.getParent(), "--copilote.import.chunk-size=1000",
                "--copilote.import.progress-interval=50ms",
                "--logging.file.name=" + work.resolve("copilote.log")};

        // when SIGTERM reaches the process once activity rows are coming in
        ChildCopilote first = ChildCopilote.start(work, "premier", run);
        awaitActivityProgress(first);
        first.process().destroy();
        assertThat(first.process().waitFor(3, TimeUnit.MINUTES)).as(first.console()).isTrue();

        // then the run ended STOPPED, at a chunk boundary, with nothing published, and the command said so with its code
        assertThat(first.process().exitValue()).as(first.console()).isEqualTo(1);
        assertThat(first.console()).contains("Arrêt du traitement du 31/12/2024 (exécution n° 1) à la demande");
        assertThat(first.console()).contains("Arrêt demandé pendant l'exécution n° 1");
        assertThat(query(database, "SELECT STATUS FROM BATCH_JOB_EXECUTION")).isEqualTo("STOPPED");
        assertThat(query(database, "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'importActivity'")).isEqualTo("STOPPED");
        long staged = Long.parseLong(query(database, "SELECT COUNT(*) FROM activity"));
        assertThat(staged % 1000).as("whole chunks only").isZero();
        assertThat(staged).isLessThan(rows);
        assertThat(query(database, "SELECT status FROM import_file WHERE kind = 'ACTIVITE'")).isEqualTo("LOADING");

        // and the same date, launched again, resumes and ends with exactly every row, once
        ChildCopilote second = ChildCopilote.start(work, "second", run);
        assertThat(second.process().waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.process().exitValue()).as(second.console()).isZero();
        assertThat(query(database, "SELECT COUNT(*) FROM activity")).isEqualTo(String.valueOf(rows));
        assertThat(query(database, "SELECT COUNT(DISTINCT line_number) FROM activity")).isEqualTo(String.valueOf(rows));
        assertThat(query(database, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo("1");
        assertThat(query(database, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC FETCH FIRST 1 ROWS ONLY"))
                .isEqualTo("COMPLETED");
    }

    @Test
    void sigtermWhileWorkbooksAreWrittenStopsAfterTheCurrentOneThenShowListsThoseWrittenAndTheRestartWritesTheOthers() throws Exception {
        Path input = work.resolve("entrees");
        DataGenerator.generate(GeneratorSettings.nationalScale(12, 6, 120, 300, 24, YearMonth.of(2024, 12), 60_000, null), input);
        Path output = work.resolve("sorties");
        Path database = work.resolve("base").resolve("copilote");
        String datasource = "--copilote.data-dir=" + database.getParent();
        String[] run = {"run", "--input", input.toString(), "--output", output.toString(), "--date", "2024-12-31", datasource,
                "--logging.file.name=" + work.resolve("copilote.log")};

        // when SIGTERM reaches the process once the first workbook is written
        ChildCopilote first = ChildCopilote.start(work, "premier", run);
        await(first, "Classeur écrit");
        first.process().destroy();
        assertThat(first.process().waitFor(3, TimeUnit.MINUTES)).as(first.console()).isTrue();

        // then the run stops between two workbooks, exits with 1 and says how to resume
        assertThat(first.process().exitValue()).as(first.console()).isEqualTo(1);
        assertThat(first.console()).contains("Arrêt du traitement du 31/12/2024 (exécution n° 1) à la demande");
        assertThat(query(database, "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'writeWorkbooks'")).isEqualTo("STOPPED");
        List<String> written = workbooks(output);
        assertThat(written).isNotEmpty().hasSizeLessThan(7);

        // and « show » lists the workbooks it wrote, with the stop said in French
        ChildCopilote show = ChildCopilote.start(work, "show", "show", "1", datasource, "--logging.file.name=" + work.resolve("show.log"));
        assertThat(show.process().waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(show.console()).contains("Classeurs :").doesNotContain("JobInterruptedException")
                .contains("arrêtée à la demande");
        written.forEach(name -> assertThat(show.console()).contains(output.resolve(name).toString()));

        // and the same date launched again writes only the others, to the full set
        ChildCopilote second = ChildCopilote.start(work, "second", run);
        assertThat(second.process().waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.process().exitValue()).as(second.console()).isZero();
        assertThat(workbooks(output)).hasSize(7);
        assertThat(second.console().lines().filter(line -> line.contains("Classeur écrit")).count()).isEqualTo(7 - written.size());
        assertThat(query(database, "SELECT WRITE_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'writeWorkbooks' "
                + "ORDER BY STEP_EXECUTION_ID DESC FETCH FIRST 1 ROWS ONLY")).isEqualTo(String.valueOf(7 - written.size()));
    }

    private static List<String> workbooks(Path output) throws Exception {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).sorted().toList();
        }
    }

    private static void await(ChildCopilote child, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && child.process().isAlive()) {
            if (child.console().contains(text)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("« " + text + " » n'est pas apparu : " + child.console());
    }

    /** The child holds the database alone: its progress lines tell when activity rows are coming in. */
    private static void awaitActivityProgress(ChildCopilote child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && child.process().isAlive()) {
            if (child.console().contains("activite.csv : ") && child.console().contains("lignes traitées")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("l'import d'activité n'a pas commencé : " + child.console());
    }

    private static String query(Path database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database + ";IFEXISTS=TRUE", "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            if (e.getMessage().contains("not found")) {
                return null;
            }
            throw e;
        }
    }
}
