package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.InputKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * The same files on a second night, and corrected files: nothing is imported twice, and a corrected file
 * replaces exactly the months it brings, so that no figure is counted twice.
 */
class ReimportTests extends CorpusTestBase {

    @Test
    void theSameFilesTheNextNightAreRegisteredUnchangedAndNotImportedAgain() {
        // given a first night
        Path input = corpus.validFolder();
        CorpusRun first = corpus.run(input, InputKind.ACTIVITE, CorpusRunner.NIGHT);
        first.assertPublished();

        // when the same folder is imported the next night
        CorpusRun second = corpus.run(input, InputKind.ACTIVITE, CorpusRunner.NIGHT.plusDays(1));

        // then every file is registered as unchanged, with the counts of the import it repeats, and no row is added
        assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.registered()).extracting(ImportedFile::status).containsOnly(ImportStatus.UNCHANGED);
        assertThat(second.registered()).extracting(ImportedFile::fileName, ImportedFile::rowsRead, ImportedFile::rowsAccepted)
                .containsExactlyElementsOf(first.registered().stream()
                        .map(file -> tuple(file.fileName(), file.rowsRead(), file.rowsAccepted()))
                        .toList());
        assertThat(second.rowsStored()).isZero();
        assertThat(first.rowsStored()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class)).isEqualTo(3);
    }

    @Test
    void aCorrectedFileForOneMonthReplacesThatMonthOnly() {
        // given a first night with January (10 + 20) and February (30)
        CorpusRun first = corpus.run(corpus.validFolder(), InputKind.ACTIVITE, CorpusRunner.NIGHT);

        // when the next night brings February again, corrected (35 + 5)
        CorpusRun corrected = corpus.run(withCorpusFile("activite-corrige-fevrier.csv"), InputKind.ACTIVITE,
                CorpusRunner.NIGHT.plusDays(1));

        // then February is the corrected one, January is kept, nothing is counted twice
        corrected.assertPublished();
        assertThat(publishedVolumeByMonth()).containsExactly("2024-01: 30", "2024-02: 40");
        assertThat(registry.find(first.file().id()).orElseThrow().status()).as("it still brings January")
                .isEqualTo(ImportStatus.PUBLISHED);
        assertThat(first.rowsStored()).isEqualTo(2);
    }

    @Test
    void aCorrectedFileForEveryMonthSupersedesTheEarlierFile() {
        // given a first night with January and February
        CorpusRun first = corpus.run(corpus.validFolder(), InputKind.ACTIVITE, CorpusRunner.NIGHT);

        // when the next night brings both months again, corrected
        CorpusRun corrected = corpus.run(withCorpusFile("activite-corrige-janvier-fevrier.csv"), InputKind.ACTIVITE,
                CorpusRunner.NIGHT.plusDays(1));

        // then only the corrected figures are visible and the earlier file is superseded
        corrected.assertPublished();
        assertThat(publishedVolumeByMonth()).containsExactly("2024-01: 11", "2024-02: 31");
        assertThat(registry.find(first.file().id()).orElseThrow().status()).isEqualTo(ImportStatus.SUPERSEDED);
        assertThat(first.rowsStored()).isZero();
    }

    /** What consolidation will read: the volume of each month over published rows. */
    private List<String> publishedVolumeByMonth() {
        return jdbc.query("SELECT a.period, SUM(a.volume) FROM activity a JOIN import_file f ON f.id = a.import_file_id "
                        + "WHERE f.status = 'PUBLISHED' GROUP BY a.period ORDER BY a.period",
                (rs, n) -> YearMonth.from(rs.getObject(1, LocalDate.class)) + ": " + rs.getLong(2));
    }

    private Path withCorpusFile(String corpusFile) {
        Path input = corpus.validFolder();
        CorpusRunner.put(input, corpusFile);
        return input;
    }
}
