package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code territoires.csv} rows that break a rule of the data contract: each rejected alone, with its rule and message. */
class TerritoryRuleTests extends CorpusTestBase {

    private static final String CODE_SHAPE = " n'est pas un code de territoire : 1 à 30 caractères parmi A-Z, 0-9, - et _, "
            + "en commençant par une lettre ou un chiffre";

    @Test
    void anUnknownRoleIsRejectedListingTheRolesAllowed() {
        CorpusRun run = corpus.importWith("territoires-role-inconnu.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "role", "CODE_ROLE", "« MEMBRE » n'est pas un code de rôle connu ; codes admis : SUPPORT, MEMBER, PARTNER"));
        run.assertEveryRowAccountedFor(3, 1);
        // Codes are not case-sensitive: « partner » is PARTNER.
        assertThat(run.stored("finess")).containsExactly("420784878", "420000234");
        assertThat(run.stored("role")).containsExactly("SUPPORT", "PARTNER");
    }

    @Test
    void anEstablishmentListedTwiceInATerritoryIsRejectedNamingTheFirstLine() {
        CorpusRun run = corpus.importWith("territoires-adhesion-en-double.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(new Problem(4, "finess", "ADHESION_EN_DOUBLE",
                "l'établissement 420000010 figure déjà dans le territoire STE-ROANNE ligne 3"));
        run.assertEveryRowAccountedFor(4, 1);
        assertThat(jdbc.queryForList("SELECT territory_code || ' ' || finess FROM territory_membership WHERE import_file_id = ? "
                + "ORDER BY line_number", String.class, run.file().id()))
                .as("the same establishment in another territory is fine")
                .containsExactly("STE-ROANNE 420784878", "STE-ROANNE 420000010", "LOIRE-SUD 420000010");
    }

    @Test
    void eachFinessDefectHasItsOwnRule() {
        CorpusRun run = corpus.importWith("territoires-finess-invalides.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "finess", "FINESS_CLE",
                        "« 420000011 » n'est pas un numéro FINESS valide : la clé de contrôle (dernier chiffre) est fausse"),
                new Problem(4, "finess", "FINESS_DEPARTEMENT", "« 200000010 » n'est pas un numéro FINESS : « 20 » n'est pas "
                        + "un code de département (01 à 95, 2A, 2B, 97, 98)"),
                new Problem(5, "finess", "FINESS_INCONNU", "le numéro FINESS 010000024 n'est pas dans l'annuaire des "
                        + "établissements (SAE 2023), ni comme site ni comme entité juridique"),
                new Problem(6, "finess", "FINESS_FORMAT", "« 42000001 » n'est pas un numéro FINESS : 9 caractères attendus, 8 trouvés"),
                new Problem(7, "finess", "FINESS_INCONNU", "le numéro FINESS 2A0000139 n'est pas dans l'annuaire des "
                        + "établissements (SAE 2023), ni comme site ni comme entité juridique"),
                new Problem(8, "finess", "VALEUR_OBLIGATOIRE", "valeur obligatoire absente"));
        run.assertEveryRowAccountedFor(7, 6);
        assertThat(run.stored("finess")).containsExactly("420784878");
    }

    @Test
    void aTerritoryNamedDifferentlyOnTwoLinesRejectsTheSecond() {
        CorpusRun run = corpus.importWith("territoires-nom-divergent.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(new Problem(3, "territory_name", "TERRITOIRE_NOM_DIVERGENT",
                "le territoire STE-ROANNE est nommé « CHU de Saint-Étienne – CH de Roanne » ligne 2 : un territoire garde "
                        + "le même nom sur toutes ses lignes"));
        run.assertEveryRowAccountedFor(2, 1);
    }

    @Test
    void theReservedCodeTousAndMalformedCodesAreRejected() {
        CorpusRun run = corpus.importWith("territoires-codes-invalides.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "territory_code", "TERRITOIRE_CODE_RESERVE",
                        "le code TOUS est réservé au classeur de l'ensemble des territoires"),
                new Problem(4, "territory_code", "TERRITOIRE_CODE", "« ste-roanne »" + CODE_SHAPE),
                new Problem(5, "territory_code", "TERRITOIRE_CODE", "« LOIRE/SUD »" + CODE_SHAPE));
        run.assertEveryRowAccountedFor(4, 3);
    }

    @Test
    void aTerritoryNameTooLongForItsColumnIsRejectedRatherThanFailingTheRun() {
        CorpusRun run = corpus.importWith("territoires-nom-trop-long.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(new Problem(3, "territory_name", "TEXTE_TROP_LONG", "texte de 258 caractères ; 200 au plus"));
        run.assertEveryRowAccountedFor(2, 1);
    }
}
