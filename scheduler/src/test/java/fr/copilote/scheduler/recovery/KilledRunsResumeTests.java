package fr.copilote.scheduler.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fr.copilote.model.generator.DataGenerator;
import fr.copilote.model.generator.GeneratorSettings;
import fr.copilote.scheduler.support.ChildCopilote;
import fr.copilote.scheduler.support.Folders;
import fr.copilote.scheduler.support.LocalPostgres;
import fr.copilote.scheduler.support.WorkbookComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hardest stop: {@code kill -9} while a step works — the import, the consolidation, the workbooks — on H2 and on
 * PostgreSQL, then the same command again. The relaunch recovers the dead execution, resumes the date where it stopped,
 * removes what the killed process left half-written, and ends with workbooks identical, cell for cell, to those of an
 * uninterrupted run of the same files (itself run on H2: the two databases must give the same workbooks).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KilledRunsResumeTests {

    private static final String DATE = "2024-12-31";

    @TempDir
    static Path work;

    private Path input;
    private Path output;
    private Path reference;
    private final Map<String, String> postgresUrls = new HashMap<>();

    enum Database { H2, POSTGRESQL }

    /** Each step, and what its console shows while it works — or, for the workbooks, while the next one is being written. */
    enum Step {
        importActivity(run -> run.console().contains("activite.csv : ") && run.console().contains("lignes traitées")),
        consolidate(run -> run.console().contains("Consolidation de ")),
        writeWorkbooks(run -> run.console().contains("Classeur écrit") && !temporaryFiles(run.output()).isEmpty());

        private final Predicate<Running> working;

        Step(Predicate<Running> working) {
            this.working = working;
        }
    }

    record Running(ChildCopilote child, Path output) {
        String console() {
            return child.console();
        }
    }

    @BeforeAll
    void anUninterruptedRunOfTheSameFiles() throws Exception {
        assumeFalse(System.getProperty("copilote.test.datasource.url", "").contains("postgresql"),
                "déjà exécuté par la suite H2 : ce test choisit lui-même ses bases, H2 et PostgreSQL");
        input = work.resolve("entrees");
        output = work.resolve("sorties");
        reference = work.resolve("reference");
        DataGenerator.generate(GeneratorSettings.nationalScale(11, 5, 150, 400, 24, YearMonth.of(2024, 12), 50_000, null), input);
        ChildCopilote clean = ChildCopilote.start(work.resolve("propre"), "propre", run(Database.H2, "propre"));
        assertThat(clean.process().waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(clean.process().exitValue()).as(clean.console()).isZero();
        Files.move(output, reference);
    }

    static Stream<Arguments> everyStepOnBothDatabases() {
        List<Arguments> cases = new ArrayList<>();
        for (Database database : Database.values()) {
            for (Step step : Step.values()) {
                cases.add(Arguments.of(step, database));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "kill -9 pendant {0}, sur {1}")
    @MethodSource("everyStepOnBothDatabases")
    void aRunKilledWhileAStepWorksThenLaunchedAgainEndsWithTheWorkbooksOfACleanRun(Step step, Database database) throws Exception {
        Folders.delete(output);
        String name = step.name().toLowerCase(Locale.ROOT) + "_" + database.name().toLowerCase(Locale.ROOT);
        String[] command = run(database, name);

        // given a run killed with SIGKILL while the step works
        Running first = new Running(ChildCopilote.start(work.resolve(name), "tue", command), output);
        awaitThenKill(first, step);
        assertThat(query(database, name, "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = '" + step + "'"))
                .as("killed while " + step + " worked:\n" + first.console()).isEqualTo("STARTED");
        if (step == Step.writeWorkbooks) {
            assertThat(temporaryFiles(output)).as("a workbook was being written").isNotEmpty();
        }

        // when the same command is run again
        ChildCopilote second = ChildCopilote.start(work.resolve(name), "relance", command);
        assertThat(second.process().waitFor(5, TimeUnit.MINUTES)).isTrue();

        // then the dead execution is recovered, the date resumes and ends, nothing half-written is left
        assertThat(second.process().exitValue()).as(second.console()).isZero();
        assertThat(second.console()).contains("Exécution n° 1 (traitement du 31/12/2024)").contains("(exécution n° 2)")
                .contains("Traitement du 31/12/2024 (exécution n° 2) terminé.");
        assertThat(query(database, name, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo("1");
        assertThat(temporaryFiles(output)).isEmpty();

        // and its workbooks are those of the uninterrupted run, cell for cell
        WorkbookComparison.Result comparison = WorkbookComparison.compareFolders(reference, output);
        assertThat(comparison.differences()).isEmpty();
        assertThat(comparison.cellsCompared()).isGreaterThan(50_000);
        System.out.printf(Locale.FRANCE, "%s sur %s : %,d cellules identiques à celles de l'exécution sans interruption%n",
                step, database, comparison.cellsCompared());
    }

    private String[] run(Database database, String name) {
        List<String> command = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", output.toString(), "--date", DATE,
                "--copilote.import.chunk-size=1000", "--copilote.import.progress-interval=50ms",
                "--logging.file.name=" + work.resolve(name).resolve("copilote.log")));
        if (database == Database.H2) {
            // the data directory rather than a URL: the kill must meet the H2 settings Copilote ships with
            command.add("--copilote.data-dir=" + work.resolve(name).resolve("base"));
        } else {
            command.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + postgresUrl(name),
                    "--spring.datasource.username=" + LocalPostgres.USER, "--spring.flyway.schemas=" + schema(name)));
        }
        return command.toArray(String[]::new);
    }

    private String postgresUrl(String name) {
        return postgresUrls.computeIfAbsent(name, n -> LocalPostgres.freshSchema(schema(n)));
    }

    private static String schema(String name) {
        return "copilote_tue_" + name;
    }

    private static void awaitThenKill(Running run, Step step) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline && run.child().process().isAlive()) {
            if (step.working.test(run)) {
                run.child().process().destroyForcibly();
                assertThat(run.child().process().waitFor(1, TimeUnit.MINUTES)).isTrue();
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("l'étape " + step + " n'a pas été vue au travail :\n" + run.console());
    }

    private static List<Path> temporaryFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String query(Database database, String name, String sql) throws SQLException {
        if (database == Database.POSTGRESQL) {
            return LocalPostgres.query(schema(name), sql);
        }
        Path base = work.resolve(name).resolve("base").resolve("copilote");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
