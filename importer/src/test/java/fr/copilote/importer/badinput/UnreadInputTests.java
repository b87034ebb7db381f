package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.copilote.importer.csv.UnreadColumn;
import fr.copilote.importer.file.IgnoredFile;
import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.file.MissingInputException;
import fr.copilote.importer.support.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * Nothing in silence: every entry of the input folder is either read or recorded as ignored with why, and every
 * header column the import does not read is recorded per file, with its name and position — the rows kept whole.
 */
class UnreadInputTests extends CorpusTestBase {

    private static final String EXPECTED_NAMES = "ID_<année>r.csv, ST_<année>r.csv, FR_healthcare.csv, territoires.csv, "
            + "conventions.csv, activite.csv, objectifs.csv, MCO_<année>r.csv, URGENCES2_<année>r.csv, PERINAT_<année>r.csv, SSR_<année>r.csv, "
            + "Q21_<année>r.csv, *_<année>_tous_sejours.csv";
    private static final String UNKNOWN_KIND = "type de fichier inconnu ; noms attendus : " + EXPECTED_NAMES;
    private static final String TEMPORARY = "fichier caché ou temporaire (verrou de tableur, transfert en cours, copie de "
            + "sauvegarde…) : jamais lu";
    private static final String NOT_IN_CONTRACT = "elle n'appartient pas au contrat de données";
    private static final String NOT_READ_FROM_PUBLISHED = "Copilote ne lit de ce fichier publié que les colonnes que décrit le "
            + "contrat de données";

    @Test
    void everyEntryOfTheFolderThatIsNotReadIsRecordedWithWhy() throws IOException {
        // given the valid folder, an older directory beside the newer one, files of no known kind, a spreadsheet's
        // lock file, a download in progress and a sub-folder
        Path input = corpus.validFolder();
        InputFiles.write(input.resolve("GHT_2022r.csv"), "BOR;AN;FI;GHT\nGHT;2022;420000010;GHT LOIRE\n");
        InputFiles.write(input.resolve("ID_2022r.csv"), InputFiles.DIRECTORY_HEADER + "\n" + InputFiles.DIRECTORY.get(0) + "\n");
        InputFiles.write(input.resolve("notes.txt"), "à relire lundi\n");
        InputFiles.write(input.resolve(".~lock.conventions.csv#"), "admin,poste-12\n");
        InputFiles.write(input.resolve("conventions.csv.part"), "convention_id;origin_finess\n");
        InputFiles.write(input.resolve("archives").resolve("conventions.csv"), "ancienne version\n");

        // when the import runs
        CorpusRun run = corpus.run(input, InputKind.CONVENTIONS, CorpusRunner.NIGHT);

        // then the run goes on with the files it knows, and says of each other entry why it did not read it
        run.assertPublished();
        assertThat(registry.ignoredFiles(run.execution().getId())).containsExactly(
                new IgnoredFile(".~lock.conventions.csv#", TEMPORARY),
                new IgnoredFile("GHT_2022r.csv", UNKNOWN_KIND),
                new IgnoredFile("ID_2022r.csv", "supplanté par ID_2023r.csv (année plus récente)"),
                new IgnoredFile("archives", "sous-dossier : seuls les fichiers placés directement dans le dossier d'entrée sont lus"),
                new IgnoredFile("conventions.csv.part", TEMPORARY),
                new IgnoredFile("notes.txt", UNKNOWN_KIND));
        // and every entry of the folder is either registered or ignored, once
        List<String> accountedFor = Stream.concat(run.registered().stream().map(ImportedFile::fileName),
                registry.ignoredFiles(run.execution().getId()).stream().map(IgnoredFile::fileName)).toList();
        assertThat(accountedFor).containsExactlyInAnyOrderElementsOf(entriesOf(input));
    }

    @Test
    void aRunStoppedByAMissingFileStillNamesTheFilesItLeftAside() throws IOException {
        // given the activity saved under a name of no known kind
        Path input = corpus.validFolder();
        Files.move(input.resolve("activite.csv"), input.resolve("activité 2024.csv"));

        // when the import runs
        CorpusRun run = corpus.run(input, InputKind.ACTIVITE, CorpusRunner.NIGHT);

        // then the failure names the missing file and the one left aside, which stays recorded for the execution
        assertThat(run.failure()).isInstanceOf(MissingInputException.class).hasMessage("Fichier attendu absent du dossier "
                + input.toAbsolutePath() + " : activite.csv (activité). Fichier du dossier non lu : activité 2024.csv : "
                + UNKNOWN_KIND);
        assertThat(registry.ignoredFiles(run.execution().getId())).containsExactly(new IgnoredFile("activité 2024.csv", UNKNOWN_KIND));
        run.assertStoppedBeforeWritingAnything();
    }

    @Test
    void aColumnBeyondTheContractIsLeftUnreadAndSaidSoWhileTheRowsAreKept() {
        CorpusRun run = corpus.importWith("conventions-colonne-commentaire.csv");

        run.assertPublished();
        run.assertEveryRowAccountedFor(2, 0);
        assertThat(run.stored("specialty")).containsExactly("Cardiologie", "Pédiatrie");
        assertThat(run.warnings()).as("no row is flagged for a column").isEmpty();
        List<UnreadColumn> unread = registry.unreadColumns(run.file().id());
        assertThat(unread).containsExactly(new UnreadColumn(13, "COMMENTAIRE", NOT_IN_CONTRACT));
        assertThat(unread.get(0).message())
                .isEqualTo("colonne « COMMENTAIRE » (n° 13, M) non lue : elle n'appartient pas au contrat de données");
    }

    @Test
    void aColumnInsertedAmongTheContractsIsSkippedAndTheOthersReadByName() {
        CorpusRun run = corpus.importWith("activite-colonne-commentaire-au-milieu.csv");

        run.assertPublished();
        run.assertEveryRowAccountedFor(2, 0);
        assertThat(run.sum("volume")).isEqualByComparingTo("30");
        assertThat(run.stored("care_pathway")).containsExactly("MEDECINE", "MEDECINE");
        assertThat(registry.unreadColumns(run.file().id())).extracting(UnreadColumn::message)
                .containsExactly("colonne « Commentaire » (n° 3, C) non lue : " + NOT_IN_CONTRACT);
    }

    @Test
    void aPublishedBaseSaysEveryColumnItLeavesUnreadANewOneIncluded() {
        CorpusRun run = corpus.importWith("SSR_2023r-colonne-nouvelle.csv");

        run.assertPublished();
        assertThat(run.file().rowsRead()).isEqualTo(1);
        assertThat(run.file().rowsAccepted()).isEqualTo(1);
        assertThat(registry.unreadColumns(run.file().id())).extracting(UnreadColumn::number, UnreadColumn::name, UnreadColumn::reason)
                .containsExactly(tuple(1, "BOR", NOT_READ_FROM_PUBLISHED), tuple(5, "FI_EJ", NOT_READ_FROM_PUBLISHED),
                        tuple(15, "SEJ3M", NOT_READ_FROM_PUBLISHED));
        assertThat(jdbc.queryForList("SELECT DISTINCT measure FROM official_statistic ORDER BY measure", String.class))
                .containsExactly("EMSSR", "JLI", "JOUHC", "JOUHP", "LIT", "PLA", "SEJHC");
    }

    @Test
    void aFileUnchangedSinceItsImportSaysAgainWhichColumnsItLeavesUnread() {
        // given a first night with a column beyond the contract
        Path input = corpus.validFolder();
        CorpusRunner.put(input, "conventions-colonne-commentaire.csv");
        corpus.run(input, InputKind.CONVENTIONS, CorpusRunner.NIGHT).assertPublished();

        // when the same files come the next night
        CorpusRun second = corpus.run(input, InputKind.CONVENTIONS, CorpusRunner.NIGHT.plusDays(1));

        // then the unchanged file's registration carries its unread column too
        assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.file().status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(registry.unreadColumns(second.file().id())).extracting(UnreadColumn::name).containsExactly("COMMENTAIRE");
    }

    private static List<String> entriesOf(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
