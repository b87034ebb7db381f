package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.InputKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code objectifs.csv}: its rows checked like every row file's — each broken rule with its line, column, code and
 * French message — published with the others, replaced territory by territory, and optional.
 */
class ObjectiveRuleTests extends CorpusTestBase {

    @Test
    void eachBrokenRuleRejectsItsRowAndTheOthersArePublished() {
        CorpusRun run = corpus.importWith("objectifs-regles.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(5, "territory_code", "TERRITOIRE_INCONNU", "le territoire LYON-SUD n'est pas déclaré dans territoires.csv"),
                new Problem(6, "indicator", "CODE_INDICATEUR", "« NOMBRE_DE_LITS » n'est pas un code d'indicateur du catalogue "
                        + "(colonne « Code » de la feuille Définitions de tout classeur, ou docs/indicators.md, § 8)"),
                new Problem(7, "care_pathway", "CODE_FILIERE", "« CHIRURGIE » n'est pas un code de filière de soins connu ; codes admis : "
                        + "PERINATALITE, CHIRURGIE_ANESTHESIE, URGENCES, BIOLOGIE, SSR, MEDECINE, IMAGERIE, CANCEROLOGIE, GERIATRIE, PSYCHIATRIE"),
                new Problem(8, "finess", "FINESS_HORS_TERRITOIRE", "l'établissement 420000234 (entité juridique 420780652) n'est pas "
                        + "membre du territoire STE-ROANNE dans territoires.csv"),
                new Problem(9, "target", "NOMBRE", "« mille » n'est pas un nombre (exemples admis : 1234,56 ou 1234.56 ou 1 234,56)"),
                new Problem(10, "target", "CIBLE_TAUX", "« 85 » pour un taux (Taux de marge) : un taux s'écrit entre -1 et 1, "
                        + "par exemple 0,85 ou 85 %"),
                new Problem(11, "year", "ANNEE", "« 24 » n'est pas une année de 2000 à 2100 écrite sur quatre chiffres"),
                new Problem(12, "direction", "CODE_SENS", "« PLUS » n'est pas un code de sens d'objectif connu ; codes admis : HAUSSE, BAISSE"),
                new Problem(13, "indicator", "OBJECTIF_EN_DOUBLE", "le même objectif (STE-ROANNE, CHIRURGIE_ANESTHESIE, ACTIVITY_VOLUME, "
                        + "SEJOUR_HC, 2024) figure déjà ligne 2 : un seul objectif par indicateur, filière, établissement et année"),
                new Problem(14, "indicator", "OBJECTIF_EN_DOUBLE", "le même objectif (STE-ROANNE, toutes filières, SHARED_FTE_INCOMING, "
                        + "420780033, 2024) figure déjà ligne 3 : un seul objectif par indicateur, filière, établissement et année"));
        run.assertEveryRowAccountedFor(13, 10);
        // « 1 200 » is 1200; the site 420000010 is kept with its legal entity; « 8,5 % » is 0.085; « hausse » is HAUSSE
        assertThat(run.stored("target")).extracting(value -> new BigDecimal(value).stripTrailingZeros().toPlainString())
                .containsExactly("1200", "1.5", "0.085");
        assertThat(run.stored("legal_entity")).containsExactly(null, "420780033", null);
        assertThat(run.stored("direction")).containsExactly(null, "HAUSSE", null);
    }

    @Test
    void withoutObjectivesTheNightRunsAndNoneIsRegistered() {
        CorpusRun run = corpus.run(corpus.validFolder(), InputKind.ACTIVITE, CorpusRunner.NIGHT);

        run.assertPublished();
        assertThat(run.registered()).extracting(ImportedFile::kind).doesNotContain(InputKind.OBJECTIFS);
        assertThat(run.execution().getStepExecutions()).filteredOn(step -> step.getStepName().equals("importObjectives"))
                .singleElement().satisfies(step -> assertThat(step.getReadCount()).isZero());
    }

    @Test
    void aCorrectedFileReplacesTheObjectivesOfTheTerritoriesItBrings() {
        // given a first night with two objectives of STE-ROANNE
        Path first = corpus.validFolder();
        CorpusRunner.put(first, "objectifs-premier.csv");
        CorpusRun published = corpus.run(first, InputKind.OBJECTIFS, CorpusRunner.NIGHT);
        published.assertPublished();

        // when the same file comes again, then a corrected one the night after
        CorpusRun again = corpus.run(first, InputKind.OBJECTIFS, CorpusRunner.NIGHT.plusDays(1));
        Path second = corpus.validFolder();
        CorpusRunner.put(second, "objectifs-corrige.csv");
        CorpusRun corrected = corpus.run(second, InputKind.OBJECTIFS, CorpusRunner.NIGHT.plusDays(2));

        // then the repeat imports nothing, and the correction is all that is visible of the territory's objectives
        assertThat(again.file().status()).isEqualTo(ImportStatus.UNCHANGED);
        corrected.assertPublished();
        assertThat(registry.find(published.file().id()).orElseThrow().status()).isEqualTo(ImportStatus.SUPERSEDED);
        assertThat(jdbc.queryForList("SELECT o.indicator || ' ' || o.target FROM objective o JOIN import_file f "
                + "ON f.id = o.import_file_id WHERE f.status = 'PUBLISHED'", String.class))
                .containsExactly("ACTIVITY_VOLUME 1100.000000");
    }
}
