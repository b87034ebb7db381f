package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.job.RejectRateExceededException;
import fr.copilote.importer.support.ImporterTestApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The reject threshold at its default, 5 %: a file may lose one row in twenty, not one more. Over the
 * threshold the run fails naming the file, its rate and its first reasons, and nothing of it is published.
 */
@SpringBootTest(classes = ImporterTestApplication.class, properties = "copilote.import.max-reject-rate=0.05")
class RejectThresholdTests extends CorpusTestBase {

    private static final String OVER_THRESHOLD = "activite.csv : 10,0 % de lignes rejetées (2 sur 20), au-delà du seuil "
            + "de 5,0 %. Premiers motifs : ligne 5, colonne volume : « -4 » est négatif ; une valeur positive ou nulle est "
            + "attendue | ligne 12, colonne period : « 2024-13 » n'est pas un mois qui existe. Rien n'est publié : corrigez "
            + "le fichier et relancez.";

    @Test
    void exactlyFivePercentOfRejectedRowsIsPublished() {
        CorpusRun run = corpus.importWith("activite-rejets-5-pourcent.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(new Problem(5, "volume", "NOMBRE_NEGATIF",
                "« -4 » est négatif ; une valeur positive ou nulle est attendue"));
        run.assertEveryRowAccountedFor(20, 1);
        assertThat(run.sum("volume")).as("1 + … + 20 − 4").isEqualByComparingTo("206");
    }

    @Test
    void topRejectReasonsCountEachRuleAndQuoteOneOfItsMessages() {
        CorpusRun run = corpus.importWith("activite-rejets-5-pourcent-plus-une-ligne.csv");

        assertThat(run.topRejectReasons()).containsExactly(
                "NOMBRE_NEGATIF (1 ligne), ex. : « -4 » est négatif ; une valeur positive ou nulle est attendue",
                "PERIODE (1 ligne), ex. : « 2024-13 » n'est pas un mois qui existe");
    }

    @Test
    void oneRowOverFivePercentFailsTheRunAndPublishesNothing() {
        CorpusRun run = corpus.importWith("activite-rejets-5-pourcent-plus-une-ligne.csv");

        // then the run fails naming the file, its rate and its first reasons
        assertThat(run.failure()).isInstanceOf(RejectRateExceededException.class).hasMessage(OVER_THRESHOLD);

        // and no row file of the run is published: all three stay LOADING, invisible to readers
        assertThat(run.registered()).filteredOn(file -> !file.kind().isDirectory())
                .extracting(ImportedFile::fileName, ImportedFile::status).containsExactly(
                        tuple("territoires.csv", ImportStatus.LOADING),
                        tuple("conventions.csv", ImportStatus.LOADING),
                        tuple("activite.csv", ImportStatus.LOADING));
        assertThat(publishedActivityRows()).isZero();
        assertThat(run.registered()).filteredOn(file -> file.kind().isDirectory())
                .extracting(ImportedFile::fileName, ImportedFile::status)
                .as("the directory, committed by its own step before the rows, is published all the same")
                .containsExactly(tuple("ID_2023r.csv", ImportStatus.PUBLISHED));

        // yet every row is accounted for, and the admin has the reject report to fix the file
        run.assertEveryRowAccountedFor(20, 2);
        assertThat(run.rejectReport()).extracting(record -> record.get(1) + " " + record.get(3))
                .containsExactly("5 NOMBRE_NEGATIF", "12 PERIODE");
    }

    @Test
    void objectivesAreHeldToTheSameThreshold() {
        CorpusRun run = corpus.importWith("objectifs-un-rejet-sur-deux.csv");

        assertThat(run.failure()).isInstanceOf(RejectRateExceededException.class)
                .hasMessageStartingWith("objectifs.csv : 50,0 % de lignes rejetées (1 sur 2), au-delà du seuil de 5,0 %.");
        assertThat(run.file().status()).isEqualTo(ImportStatus.LOADING);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM objective o JOIN import_file f ON f.id = o.import_file_id "
                + "WHERE f.status = 'PUBLISHED'", Long.class)).isZero();
        run.assertEveryRowAccountedFor(2, 1);
    }

    @Test
    void theNightRunAgainWithTheFileFixedPublishesItOnce() throws Exception {
        // given a night stopped by the threshold
        Path input = corpus.validFolder();
        CorpusRunner.put(input, "activite-rejets-5-pourcent-plus-une-ligne.csv");
        CorpusRun stopped = corpus.run(input, InputKind.ACTIVITE, CorpusRunner.NIGHT);
        assertThat(stopped.status()).isEqualTo(BatchStatus.FAILED);

        // when the admin fixes the file (one reject left) and runs the same night again
        CorpusRunner.put(input, "activite-rejets-5-pourcent.csv");
        CorpusRun restarted = corpus.run(input, InputKind.ACTIVITE, CorpusRunner.NIGHT);

        // then the fixed file is published, the stopped load discarded, nothing counted twice
        restarted.assertPublished();
        assertThat(restarted.execution().getJobInstance().getInstanceId())
                .isEqualTo(stopped.execution().getJobInstance().getInstanceId());
        assertThat(registry.find(stopped.file().id()).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
        restarted.assertEveryRowAccountedFor(20, 1);
        assertThat(publishedActivityRows()).isEqualTo(19);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class)).as("staged rows of the stopped load")
                .isEqualTo(19);
    }

    private long publishedActivityRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM activity a JOIN import_file f ON f.id = a.import_file_id "
                + "WHERE f.status = 'PUBLISHED'", Long.class);
    }
}
