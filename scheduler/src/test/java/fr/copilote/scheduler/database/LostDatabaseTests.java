package fr.copilote.scheduler.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.generator.DataGenerator;
import fr.copilote.model.generator.GeneratorSettings;
import fr.copilote.scheduler.support.ChildCopilote;
import fr.copilote.scheduler.support.CuttableProxy;
import fr.copilote.scheduler.support.LocalPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production database stops answering in the middle of a night: the run waits no longer than
 * {@code copilote.database.wait}, then fails in French — when, which execution, what to do — and once the database is
 * back, the same command resumes the date to every row.
 */
class LostDatabaseTests {

    private static final String SCHEMA = "copilote_base_perdue";

    @TempDir
    Path work;

    @Test
    void aRunThatLosesItsDatabaseFailsAfterTheConfiguredWaitInFrenchAndTheSameCommandResumesOnceItIsBack() throws Exception {
        String direct = LocalPostgres.freshSchema(SCHEMA);
        Path input = work.resolve("entrees");
        DataGenerator.generate(GeneratorSettings.nationalScale(13, 4, 120, 300, 24, YearMonth.of(2024, 12), 150_000, null), input);
        long rows;
        try (Stream<String> lines = Files.lines(input.resolve("activite.csv"))) {
            rows = lines.count() - 1;
        }
        try (CuttableProxy proxy = CuttableProxy.to("127.0.0.1", 5432)) {
            String url = direct.replace("127.0.0.1:5432", "127.0.0.1:" + proxy.port());
            String[] run = {"run", "--input", input.toString(), "--output", work.resolve("sorties").toString(), "--date", "2024-12-31",
                    "--spring.profiles.active=postgres", "--spring.datasource.url=" + url, "--spring.datasource.username=" + LocalPostgres.USER,
                    "--spring.flyway.schemas=" + SCHEMA, "--copilote.database.wait=5s", "--copilote.import.chunk-size=1000",
                    "--copilote.import.progress-interval=50ms", "--logging.file.name=" + work.resolve("copilote.log")};

            // given a run importing activity when the database goes away
            ChildCopilote first = ChildCopilote.start(work, "premier", run);
            awaitActivityProgress(first);
            proxy.cut();
            long cut = System.nanoTime();

            // then it gives up after the configured wait, not minutes later, and says so in French
            assertThat(first.process().waitFor(2, TimeUnit.MINUTES)).as(first.console()).isTrue();
            Duration waited = Duration.ofNanos(System.nanoTime() - cut);
            assertThat(first.process().exitValue()).as(first.console()).isEqualTo(1);
            assertThat(waited).as("attente après la perte de la base").isLessThan(Duration.ofSeconds(40));
            assertThat(first.console()).contains("Échec du traitement du 31/12/2024 (exécution n° 1), le ")
                    .contains("la base de données jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test")
                    .contains("ne répond plus depuis le ").contains("copilote.database.wait")
                    .contains("Quand elle répondra, relancez la même commande");
            System.out.println("Base perdue : le traitement a abandonné en " + waited.toMillis() + " ms");
            first.console().lines().filter(line -> line.startsWith("Échec")).forEach(System.out::println);

            // when the database is back and the same command is run again
            proxy.restore();
            ChildCopilote second = ChildCopilote.start(work, "second", run);
            assertThat(second.process().waitFor(5, TimeUnit.MINUTES)).isTrue();

            // then the dead execution is named for what is known of it, and the date resumes to every row
            assertThat(second.process().exitValue()).as(second.console()).isZero();
            assertThat(second.console()).contains("Exécution n° 1 (traitement du 31/12/2024) interrompue sans que sa fin soit enregistrée")
                    .contains("perte de la base de données").doesNotContain("arrêt brutal de");
            assertThat(LocalPostgres.query(SCHEMA, "SELECT COUNT(*) FROM activity")).isEqualTo(String.valueOf(rows));
            assertThat(LocalPostgres.query(SCHEMA, "SELECT COUNT(DISTINCT line_number) FROM activity")).isEqualTo(String.valueOf(rows));
            assertThat(LocalPostgres.query(SCHEMA, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC FETCH FIRST 1 ROWS ONLY"))
                    .isEqualTo("COMPLETED");
        }
    }

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
}
