package fr.copilote.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.scheduler.support.Samples;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin's commands on one database, as the README shows them: French output and documented exit codes. */
class AdminCommandsTests {

    @TempDir
    Path work;

    private StringWriter out;
    private StringWriter err;
    private final String database = "--spring.datasource.url=jdbc:h2:mem:admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @BeforeEach
    void firstNight() {
        assertThat(copilote("run", "--input", Samples.folder().toString(), "--output", work.toString(), "--date", "2024-12-31"))
                .isEqualTo(ExitCodes.DONE);
    }

    private int copilote(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.execute(new ApplicationContextHolder(database, "--logging.file.name=target/test.log",
                "--copilote.schedule.output=" + work), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void listShowsEachExecutionWithItsDateStatusCountsAndDuration() {
        assertThat(copilote("list")).isEqualTo(ExitCodes.DONE);

        assertThat(out.toString()).contains("N°").contains("Arrêté").contains("Lues").contains("Rejetées")
                .containsPattern("\\s+1\\s+nightly\\s+31/12/2024\\s+terminé\\s+[0-9  ]+")
                .contains("Planification : 0 30 2 * * * (Europe/Paris)");
    }

    @Test
    void listFiltersByStatus() {
        assertThat(copilote("list", "--status", "FAILED")).isEqualTo(ExitCodes.DONE);

        assertThat(out.toString()).startsWith("Aucune exécution.");
    }

    @Test
    void showDetailsTheStepsTheFilesAndTheWorkbooks() {
        assertThat(copilote("show", "1")).isEqualTo(ExitCodes.DONE);

        assertThat(out.toString()).startsWith("Exécution n° 1 — traitement nightly du 31/12/2024 : terminé")
                .contains("Étapes :").containsPattern("Import de l'activité\\s+terminée\\s+lues\\s+20\u202f000.*\\[importActivity\\]")
                .contains("Date d'arrêté : 31/12/2024")
                .contains("activite.csv").contains("Classeurs :").contains(work.resolve("LILLE_2024-12-31.xlsx").toString());
    }

    @Test
    void showOfAnUnknownExecutionIsAUsageError() {
        assertThat(copilote("show", "99")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("Aucune exécution n° 99.\n");
    }

    @Test
    void restartOfACompletedExecutionExitsWithThree() {
        assertThat(copilote("restart", "1")).isEqualTo(ExitCodes.ALREADY_RUNNING_OR_DONE);
        assertThat(err.toString()).contains("L'exécution n° 1 est terminée : il n'y a rien à reprendre.");
    }

    @Test
    void stopOfAnExecutionThatIsNotRunningFails() {
        assertThat(copilote("stop", "1")).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("elle n'est pas en cours");
    }

    @Test
    void abandonOfAnUnknownExecutionIsAUsageError() {
        assertThat(copilote("abandon", "42")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aFailedNightIsRestartedByNumberAndThenAbandonIsRefused() throws Exception {
        Path input = Samples.copyTo(work.resolve("entrees"), "activite.csv");
        assertThat(copilote("run", "--input", input.toString(), "--output", work.toString(), "--date", "2025-01-01"))
                .isEqualTo(ExitCodes.FAILED);
        Samples.copyTo(input);

        assertThat(copilote("restart", "2")).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("Traitement du 01/01/2025 (exécution n° 3) terminé.");
        assertThat(copilote("abandon", "3")).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("il n'y a rien à abandonner");
    }

    @Test
    void recoverWithNothingStuckSaysSo() {
        assertThat(copilote("recover")).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).isEqualTo("Aucune exécution à débloquer.\n");
    }

    @Test
    void purgeKeepsWhatIsRecentAndRefusesLessThanADay() throws Exception {
        Path old = Files.createFile(work.resolve("LILLE_2023-01-31.xlsx"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(31))));

        assertThat(copilote("purge", "--older-than", "30")).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).startsWith("Purge de plus de 30 jours : 0 date(s) de traitement effacée(s) de l'historique, "
                + "0 consolidation(s), 1 fichier(s)").contains("LILLE_2023-01-31.xlsx");
        assertThat(work.resolve("LILLE_2024-12-31.xlsx")).exists();

        assertThat(copilote("purge", "--older-than", "0")).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("au moins un jour");
    }

    @Test
    void everyCommandExplainsItselfAndItsExitCodesInFrench() {
        for (String command : new String[] {"run", "restart", "stop", "abandon", "recover", "list", "show", "purge", "serve"}) {
            assertThat(copilote(command, "--help")).as(command).isEqualTo(ExitCodes.DONE);
            assertThat(out.toString()).as(command).startsWith("Utilisation : copilote " + command).contains("Codes de sortie :")
                    .contains("Affiche cette aide et s'arrête.");
        }
    }
}
