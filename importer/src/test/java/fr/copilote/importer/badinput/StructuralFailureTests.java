package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.csv.StructuralFileException;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.file.MissingInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Files that are not the expected CSV at all: the run stops in its input check, before anything is registered
 * or written, with a French message naming the file, what was expected and what was found — never a bare
 * stack trace.
 */
class StructuralFailureTests extends CorpusTestBase {

    private void assertRunStoppedBeforeWriting(String corpusFile, String frenchMessage) {
        CorpusRun run = corpus.importWith(corpusFile);

        assertThat(run.failure()).isInstanceOf(StructuralFileException.class).hasMessage(frenchMessage);
        run.assertStoppedBeforeWritingAnything();
    }

    @Test
    void anEmptyFileStopsTheRunNamingTheExpectedHeader() {
        assertRunStoppedBeforeWriting("activite-vide.csv",
                "Fichier activite.csv : le fichier est vide ; en-tête attendu : " + ACTIVITY_HEADER);
    }

    @Test
    void aFileHoldingOnlyAByteOrderMarkHasNoHeader() {
        assertRunStoppedBeforeWriting("territoires-bom-seul.csv",
                "Fichier territoires.csv : la première ligne est vide ; en-tête attendu : " + TERRITORIES_HEADER);
    }

    @Test
    void aBlankLineBeforeTheHeaderStopsTheRun() {
        assertRunStoppedBeforeWriting("activite-premiere-ligne-vide.csv",
                "Fichier activite.csv : la première ligne est vide ; en-tête attendu : " + ACTIVITY_HEADER);
    }

    @Test
    void aPngImageIsRefusedAsBinary() {
        assertRunStoppedBeforeWriting("activite-image-png.csv", "Fichier activite.csv : ce n'est pas un fichier CSV "
                + "(contenu binaire) ; un fichier texte séparé par ; ou , est attendu, d'en-tête : " + ACTIVITY_HEADER);
    }

    @Test
    void anExcelWorkbookSavedUnderTheCsvNameIsRefusedAsBinary() {
        assertRunStoppedBeforeWriting("conventions-classeur-xlsx.csv", "Fichier conventions.csv : ce n'est pas un fichier CSV "
                + "(contenu binaire) ; un fichier texte séparé par ; ou , est attendu, d'en-tête : " + CONVENTIONS_HEADER);
    }

    @Test
    void aUtf16ExportIsRefusedWithTheEncodingToUseInstead() {
        assertRunStoppedBeforeWriting("territoires-utf16.csv", "Fichier territoires.csv : fichier encodé en UTF-16, que le "
                + "contrat n'admet pas : enregistrez-le en UTF-8 (ou Windows-1252) ; en-tête attendu : " + TERRITORIES_HEADER);
    }

    @Test
    void aWrongHeaderNamesTheMissingAndTheUnknownColumns() {
        assertRunStoppedBeforeWriting("activite-entete-faux.csv", "Fichier activite.csv : en-tête non reconnu "
                + "(colonnes manquantes : volume, revenue_eur ; colonnes inconnues : volumes, montant). En-tête attendu : "
                + ACTIVITY_HEADER + " (séparateur ; ou ,). En-tête trouvé : « period;finess;care_pathway;activity_type;"
                + "volumes;montant;direct_cost_eur;patient_territory;convention_id »");
    }

    @Test
    void aColumnNamedTwiceInTheHeaderIsPointedOut() {
        assertRunStoppedBeforeWriting("territoires-entete-colonne-en-double.csv", "Fichier territoires.csv : en-tête non "
                + "reconnu (colonne en double : finess). En-tête attendu : " + TERRITORIES_HEADER
                + " (séparateur ; ou ,). En-tête trouvé : « territory_code;territory_name;finess;role;finess »");
    }

    @Test
    void aTrailingSeparatorInTheHeaderIsNamedAsAColumnWithoutName() {
        assertRunStoppedBeforeWriting("activite-entete-point-virgule-final.csv", "Fichier activite.csv : en-tête non "
                + "reconnu (colonnes inconnues : colonne 10 sans nom). En-tête attendu : " + ACTIVITY_HEADER
                + " (séparateur ; ou ,). En-tête trouvé : « " + ACTIVITY_HEADER + "; »");
    }

    @Test
    void aTabSeparatedFileIsNotRecognised() {
        assertRunStoppedBeforeWriting("activite-separateur-tabulation.csv", "Fichier activite.csv : en-tête non reconnu. "
                + "En-tête attendu : " + ACTIVITY_HEADER + " (séparateur ; ou ,). En-tête trouvé : « "
                + ACTIVITY_HEADER.replace(';', '\t') + " »");
    }

    @Test
    void aMissingRequiredFileIsNamedWithTheFolder() throws Exception {
        // given the valid folder without its activity file
        Path input = corpus.validFolder();
        Files.delete(input.resolve("activite.csv"));

        // when the import runs
        CorpusRun run = corpus.run(input, InputKind.ACTIVITE, CorpusRunner.NIGHT);

        // then it stops before writing anything, naming the folder and the missing file
        assertThat(run.failure()).isInstanceOf(MissingInputException.class)
                .hasMessage("Fichier attendu absent du dossier " + input.toAbsolutePath() + " : activite.csv (activité)");
        run.assertStoppedBeforeWritingAnything();
    }
}
