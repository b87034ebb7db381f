package fr.copilote.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.scheduler.support.ChildCopilote;
import fr.copilote.scheduler.support.Samples;
import fr.copilote.scheduler.support.SmallDisk;
import fr.copilote.reports.testing.Workbooks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
    void aTruncatedFileIsHeldUntilTheDateIsLaunchedAgainWithItsReductionAccepted(@TempDir Path input) throws IOException {
        Samples.copyTo(input);
        String[] settings = {database, "--logging.file.name=target/test.log"};
        assertThat(run(new ApplicationContextHolder(settings), "run", "--input", input.toString(), "--output", output.toString(),
                "--date", "2024-12-30")).isEqualTo(ExitCodes.DONE);
        // a partial extraction: every month keeps one row in two
        List<String> lines = Files.readAllLines(input.resolve("activite.csv"));
        Files.write(input.resolve("activite.csv"), IntStream.range(0, lines.size()).filter(i -> i % 2 == 0).mapToObj(lines::get).toList());
        String[] nextNight = {"run", "--input", input.toString(), "--output", output.toString(), "--date", "2024-12-31"};

        int held = run(new ApplicationContextHolder(settings), nextNight);

        assertThat(held).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("Échec du traitement du 31/12/2024 (exécution n° 2)")
                .contains("activite.csv remplacerait ce qui est publié par bien moins de lignes d'activité")
                .contains("« --accept-reduction activite.csv »");

        String[] accepted = Arrays.copyOf(nextNight, nextNight.length + 2);
        accepted[nextNight.length] = "--accept-reduction";
        accepted[nextNight.length + 1] = "activite.csv";
        assertThat(run(new ApplicationContextHolder(settings), accepted)).as(err.toString()).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("Traitement du 31/12/2024 (exécution n° 3) terminé.");
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

    @Test
    void filesAndColumnsTheRunDoesNotReadAreListedInItsSummaryInShowAndInTheWorkbook(@TempDir Path input) throws IOException {
        // given the sample with an unknown file, an older directory, a note, a comment column in the conventions and
        // a medical staff base (SAE Q21) carrying a column the contract does not know
        Samples.copyTo(input);
        Files.copy(input.resolve("ID_2023r.csv"), input.resolve("ID_2022r.csv"));
        Files.writeString(input.resolve("GHT_2022r.csv"), "BOR;AN;FI;GHT\nGHT;2022;420000010;GHT LOIRE\n");
        Files.writeString(input.resolve("notes.txt"), "à relire lundi\n");
        List<String> conventions = Files.readAllLines(input.resolve("conventions.csv"));
        List<String> commented = new ArrayList<>(List.of(conventions.get(0) + ";COMMENTAIRE"));
        conventions.stream().skip(1).map(line -> line + ";vu avec la DAF").forEach(commented::add);
        Files.write(input.resolve("conventions.csv"), commented);
        Files.writeString(input.resolve("Q21_2023r.csv"), "BOR;AN;FI;RS;FI_EJ;DISCI;ETP_SAL;ETP_HU;ETP_MAD;ETP_INT;dtETP_STAG;"
                + "EFF_LIB;ETP_NOUVEAU\nQ21;2023;420000010;CH DE ROANNE;420780033;9999;80.5;0;1;12;0;4;7\n");
        String[] args = {"run", "--input", input.toString(), "--output", output.toString(), "--date", "2024-12-31"};

        // when the nightly run goes through
        int code = run(new ApplicationContextHolder(database, "--logging.file.name=target/test.log"), args);

        // then its summary says, under each file, which columns it did not read, and which files it left aside
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.DONE);
        String summary = out.toString();
        String unknownKind = "type de fichier inconnu ; noms attendus : ID_<année>r.csv, ST_<année>r.csv, FR_healthcare.csv, "
                + "territoires.csv, conventions.csv, activite.csv, ";
        assertThat(summary).contains("\n      1 colonne non lue : COMMENTAIRE (n° 13, M)\n")
                .contains("\n      3 colonnes non lues : BOR (n° 1, A), FI_EJ (n° 5, E), ETP_NOUVEAU (n° 13, M)\n")
                .contains("\nFichiers ignorés :\n  GHT_2022r.csv : " + unknownKind)
                .contains("\n  ID_2022r.csv : supplanté par ID_2023r.csv (année plus récente)\n")
                .contains("\n  notes.txt : " + unknownKind);
        assertThat(summary.indexOf("COMMENTAIRE (n° 13, M)")).as("under conventions.csv")
                .isGreaterThan(summary.indexOf("conventions.csv")).isLessThan(summary.indexOf("activite.csv"));

        // and « show » says the same, from the database, in another process
        Matcher execution = Pattern.compile("exécution n° (\\d+)").matcher(summary);
        assertThat(execution.find()).as(summary).isTrue();
        out.getBuffer().setLength(0);
        assertThat(run(new ApplicationContextHolder(database, "--logging.file.name=target/test.log"), "show", execution.group(1)))
                .isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("\n      1 colonne non lue : COMMENTAIRE (n° 13, M)\n")
                .contains("\nFichiers ignorés :\n  GHT_2022r.csv : " + unknownKind)
                .contains("\n  ID_2022r.csv : supplanté par ID_2023r.csv (année plus récente)\n");

        // and the workbook lists the ignored files on its Sources sheet, the unread columns on its quality sheet
        try (XSSFWorkbook workbook = Workbooks.open(output.resolve("G4-LOIRE-SUD_2024-12-31.xlsx"))) {
            Sheet sources = workbook.getSheet("Sources");
            Row heading = Workbooks.rowLabelled(sources, "Fichiers ignorés du dossier d'entrée").orElseThrow();
            Row older = Workbooks.rowLabelled(sources, "ID_2022r.csv").orElseThrow();
            assertThat(older.getRowNum()).isGreaterThan(heading.getRowNum());
            assertThat(older.getCell(1).getStringCellValue()).isEqualTo("supplanté par ID_2023r.csv (année plus récente)");
            assertThat(Workbooks.rowLabelled(sources, "GHT_2022r.csv").orElseThrow().getCell(1).getStringCellValue())
                    .startsWith(unknownKind);
            assertThat(Workbooks.rowLabelled(sources, "notes.txt")).isPresent();

            Sheet quality = workbook.getSheet("Qualité des données");
            Row comment = Workbooks.rowWith(quality, 4, "COMMENTAIRE").orElseThrow();
            assertThat(comment.getCell(0).getStringCellValue()).isEqualTo("conventions.csv");
            assertThat(Workbooks.number(comment, 2)).isEqualTo(13);
            assertThat(comment.getCell(3).getStringCellValue()).isEqualTo("M");
            assertThat(comment.getCell(8).getStringCellValue())
                    .isEqualTo("colonne « COMMENTAIRE » (n° 13, M) non lue : elle n'appartient pas au contrat de données");
            Row newColumn = Workbooks.rowWith(quality, 4, "ETP_NOUVEAU").orElseThrow();
            assertThat(newColumn.getCell(0).getStringCellValue()).isEqualTo("Q21_2023r.csv");
            assertThat(Workbooks.number(newColumn, 2)).isEqualTo(13);
        }
    }
}
