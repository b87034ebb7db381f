package fr.copilote.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.scheduler.support.ChildCopilote;
import fr.copilote.scheduler.support.Samples;
import fr.copilote.scheduler.support.SmallDisk;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin's command line, run as the README shows it, on a private in-memory database. */
class RunCommandTests {

    @TempDir
    Path output;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final String database = "--spring.datasource.url=jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private int run(ApplicationContextHolder context, String... args) {
        return Cli.execute(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void runPrintsWhereEachWorkbookWasWrittenAndExitsWithZero() {
        int code = run(new ApplicationContextHolder(database, "--logging.file.name=target/test.log"), "run",
                "--input", Samples.folder().toString(), "--output", output.toString(), "--date", "2024-12-31");

        assertThat(code).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("Classeurs :").contains(output.resolve("LILLE_2024-12-31.xlsx").toString())
                .contains(output.resolve("TOUS_2024-12-31.xlsx").toString());
    }

    @Test
    void runningTheSameDateAgainExitsWithThreeAndShowsTheExistingWorkbooks() {
        String[] args = {"run", "--input", Samples.folder().toString(), "--output", output.toString(), "--date", "2024-12-31"};
        assertThat(run(new ApplicationContextHolder(database, "--logging.file.name=target/test.log"), args)).isEqualTo(ExitCodes.DONE);

        int code = run(new ApplicationContextHolder(database, "--logging.file.name=target/test.log"), args);

        assertThat(code).isEqualTo(ExitCodes.ALREADY_RUNNING_OR_DONE);
        assertThat(err.toString()).contains("Le traitement du 31/12/2024 a déjà été exécuté avec succès");
        assertThat(out.toString()).contains(output.resolve("LILLE_2024-12-31.xlsx").toString());
    }

    @Test
    void aFullOutputDiskFailsTheRunInFrenchAndTheSameDateFinishesOnceSpaceIsFreed(@TempDir Path work) throws Exception {
        Path disk = work.resolve("sorties");
        try (SmallDisk small = SmallDisk.mount(disk, "400k")) {
            String[] args = {"run", "--input", Samples.folder().toString(), "--output", disk.toString(), "--date", "2024-12-31"};
            ApplicationContextHolder context = new ApplicationContextHolder(database, "--logging.file.name=target/test.log");

            int full = run(context, args);

            assertThat(full).isEqualTo(ExitCodes.FAILED);
            assertThat(err.toString()).contains("Échec du traitement du 31/12/2024 (exécution n° 1), le ")
                    .contains("Espace disque insuffisant pour écrire ").contains(" dans " + disk)
                    .contains("libérez de la place, puis relancez").doesNotContain("No space left");

            small.resize("20m");
            int freed = run(new ApplicationContextHolder(database, "--logging.file.name=target/test.log"), args);

            assertThat(freed).as(err.toString()).isEqualTo(ExitCodes.DONE);
            try (var files = Files.list(disk)) {
                assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("G4-LOIRE-SUD_2024-12-31.xlsx",
                        "HCL-VIENNE_2024-12-31.xlsx", "LILLE_2024-12-31.xlsx", "STE-ROANNE_2024-12-31.xlsx",
                        "SUD-HAUT-MARNAIS_2024-12-31.xlsx", "TOUS_2024-12-31.xlsx");
            }
        }
    }

    @Test
    void aRelativeDataFolderIsTakenFromTheWorkingFolder(@TempDir Path work) throws Exception {
        ChildCopilote child = ChildCopilote.start(work, "relatif", "list", "--copilote.data-dir=donnees",
                "--logging.file.name=" + work.resolve("copilote.log"));

        assertThat(child.process().waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.process().exitValue()).as(child.console()).isZero();
        assertThat(work.resolve("donnees").resolve("copilote.mv.db")).isRegularFile();
    }

    @Test
    void aMissingOptionIsAUsageErrorExplainedInFrench() {
        int code = run(new ApplicationContextHolder(database), "run", "--input", "x");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("Erreur d'utilisation : paramètre obligatoire absent : --output");
    }

    @Test
    void aMalformedDateIsAUsageError() {
        int code = run(new ApplicationContextHolder(database), "run", "--input", "x", "--output", "y", "--date", "31/12/2024");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("Erreur d'utilisation : valeur invalide pour --date : « 31/12/2024 »");
    }

    @Test
    void aMissingInputFileFailsWithAOneLineFrenchReason(@TempDir Path emptyInput) {
        int code = run(new ApplicationContextHolder(database, "--logging.file.name=target/test.log"), "run",
                "--input", emptyInput.toString(), "--output", output.toString(), "--date", "2024-12-31");

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("Échec du traitement du 31/12/2024").contains("territoires.csv (territoires)")
                .contains("conventions.csv").contains("activite.csv").contains("ID_<année>r.csv");
    }
}
