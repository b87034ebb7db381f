package fr.copilote.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.scheduler.support.ChildCopilote;
import fr.copilote.scheduler.support.LocalPostgres;
import fr.copilote.scheduler.support.Samples;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Copilote services sharing one PostgreSQL, their schedules firing at the same second for the same date:
 * exactly one execution runs, the other node is refused by the job repository and says so.
 */
class TwoNodesOnPostgresTests {

    private static final String SCHEMA = "copilote_deux_noeuds";

    @TempDir
    Path work;

    @Test
    void twoNodesFiringAtTheSameMomentRunTheNightExactlyOnce() throws Exception {
        String url = LocalPostgres.freshSchema(SCHEMA);
        // the same second for both, far enough for both services to be up
        ZonedDateTime fire = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(75).withNano(0);
        LocalDate date = fire.toLocalDate().minusDays(1);
        List<ChildCopilote> nodes = List.of(node("noeud-a", url, fire), node("noeud-b", url, fire));
        try {
            for (ChildCopilote node : nodes) {
                await(node, "Copilote démarré", fire.toInstant().toEpochMilli() - System.currentTimeMillis());
            }
            // when the schedule fires on both, then one ends its run and the other is refused
            for (ChildCopilote node : nodes) {
                await(node, "terminé", fire.toInstant().toEpochMilli() - System.currentTimeMillis() + 180_000, "non lancé");
            }
            assertThat(LocalPostgres.query(SCHEMA, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo("1");
            assertThat(LocalPostgres.query(SCHEMA, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo("1");
            assertThat(LocalPostgres.query(SCHEMA, "SELECT STATUS FROM BATCH_JOB_EXECUTION")).isEqualTo("COMPLETED");
            assertThat(LocalPostgres.query(SCHEMA, "SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = 'date'"))
                    .isEqualTo(date.toString());
            assertThat(LocalPostgres.query(SCHEMA, "SELECT COUNT(*) FROM audit_event WHERE action = 'lancement'")).isEqualTo("1");
            assertThat(LocalPostgres.query(SCHEMA, "SELECT COUNT(*) FROM audit_event WHERE action = 'lancement refusé'")).isEqualTo("1");
            long refused = nodes.stream().filter(node -> node.console().contains("Traitement planifié non lancé")).count();
            assertThat(refused).as(nodes.get(0).console() + "\n---\n" + nodes.get(1).console()).isEqualTo(1);
            nodes.forEach(node -> node.console().lines().filter(line -> line.contains("planifié")).forEach(System.out::println));
        } finally {
            for (ChildCopilote node : nodes) {
                node.process().destroy();
                node.process().waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    private ChildCopilote node(String name, String url, ZonedDateTime fire) throws Exception {
        return ChildCopilote.start(work.resolve(name), name, "serve",
                "--spring.profiles.active=postgres", "--spring.datasource.url=" + url, "--spring.datasource.username=" + LocalPostgres.USER,
                "--spring.flyway.schemas=" + SCHEMA, "--server.port=0",
                "--copilote.schedule.cron=" + fire.getSecond() + " " + fire.getMinute() + " " + fire.getHour() + " * * *",
                "--copilote.schedule.zone=UTC", "--copilote.schedule.catch-up-on-start=false",
                "--copilote.schedule.input=" + Samples.folder(), "--copilote.schedule.output=" + work.resolve(name).resolve("sorties"),
                "--logging.file.name=" + work.resolve(name).resolve("copilote.log"));
    }

    /** Waits until the node's console shows one of the texts, or fails with what it shows. */
    private static void await(ChildCopilote node, String text, long millis, String... orElse) throws InterruptedException {
        long deadline = System.currentTimeMillis() + Math.max(millis, 1000);
        while (System.currentTimeMillis() < deadline) {
            String console = node.console();
            if (console.contains(text) || List.of(orElse).stream().anyMatch(console::contains)) {
                return;
            }
            assertThat(node.process().isAlive()).as("le nœud s'est arrêté :\n" + console).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("« " + text + " » attendu ; console :\n" + node.console());
    }
}
