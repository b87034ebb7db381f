package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code conventions.csv} rows that break a rule of the data contract: each rejected alone, with its rule and message. */
class ConventionRuleTests extends CorpusTestBase {

    private static final String NOT_A_DATE = " n'est pas une date (formats admis : aaaa-MM-jj ou jj/MM/aaaa)";

    @Test
    void rppsNumbersWithAWrongKeyOrLengthAreRejected() {
        CorpusRun run = corpus.importWith("conventions-rpps-invalides.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "practitioner_rpps", "RPPS_CLE",
                        "« 10005173141 » n'est pas un numéro RPPS valide : la clé de contrôle (dernier chiffre) est fausse"),
                new Problem(4, "practitioner_rpps", "RPPS_FORMAT", "« 1000517314 » n'est pas un numéro RPPS : 11 chiffres attendus"),
                new Problem(5, "practitioner_rpps", "RPPS_FORMAT",
                        "« 810005173140 » n'est pas un numéro RPPS : 11 chiffres attendus"));
        run.assertEveryRowAccountedFor(4, 3);
        assertThat(run.stored("convention_id")).containsExactly("C1");
    }

    @Test
    void unknownPathwaySharingModeAndStatusCodesAreRejectedButCaseDoesNotMatter() {
        CorpusRun run = corpus.importWith("conventions-codes-inconnus.csv");

        run.assertPublished();
        String pathways = "codes admis : PERINATALITE, CHIRURGIE_ANESTHESIE, URGENCES, BIOLOGIE, SSR, MEDECINE, IMAGERIE, "
                + "CANCEROLOGIE, GERIATRIE, PSYCHIATRIE";
        String statuses = "codes admis : SIGNEE, EN_PROJET, RESILIEE";
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "care_pathway", "CODE_FILIERE", "« CARDIOLOGIE » n'est pas un code de filière de soins connu ; " + pathways),
                new Problem(4, "sharing_mode", "CODE_MODE_PARTAGE", "« TELEMEDECINE » n'est pas un code de mode de partage "
                        + "connu ; codes admis : CONSULTATION_AVANCEE, VACATION, POSTE_PARTAGE, ASSISTANT_PARTAGE, TELEEXPERTISE, "
                        + "PERMANENCE_DES_SOINS"),
                new Problem(5, "status", "CODE_STATUT", "« SIGNÉE » n'est pas un code de statut de convention connu ; " + statuses));
        run.assertEveryRowAccountedFor(5, 3);
        // Line 6's lower-case « medecine » and « signee » are MEDECINE and SIGNEE.
        assertThat(run.stored("convention_id")).containsExactly("C1", "C6");
        assertThat(run.stored("care_pathway")).containsExactly("MEDECINE", "MEDECINE");
    }

    @Test
    void aDuplicatedConventionIdIsRejectedNamingTheFirstLine() {
        CorpusRun run = corpus.importWith("conventions-en-double.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(new Problem(4, "convention_id", "CONVENTION_EN_DOUBLE",
                "la convention C1 figure déjà ligne 2 : un identifiant de convention est unique dans le fichier"));
        run.assertEveryRowAccountedFor(4, 1);
        assertThat(run.stored("convention_id")).as("ids are compared with their case").containsExactly("C1", "C2", "c1");
        assertThat(run.sum("annual_refund_eur")).isEqualByComparingTo("32000.50");
    }

    @Test
    void halfDaysMustBeAboveZeroAndAtMostTen() {
        CorpusRun run = corpus.importWith("conventions-demi-journees.csv");

        run.assertPublished();
        String limits = " demi-journées par semaine : une valeur strictement positive et au plus 10 est attendue";
        assertThat(run.rejects()).containsExactly(
                new Problem(2, "half_days_per_week", "DEMI_JOURNEES_HORS_LIMITES", "« 0 »" + limits),
                new Problem(4, "half_days_per_week", "DEMI_JOURNEES_HORS_LIMITES", "« 10,5 »" + limits),
                new Problem(6, "half_days_per_week", "NOMBRE_NEGATIF", "« -1 » est négatif ; une valeur positive ou nulle est attendue"));
        run.assertEveryRowAccountedFor(5, 3);
        assertThat(run.stored("convention_id")).as("10 and 0.5 are within the limits").containsExactly("D10", "D0-5");
        assertThat(run.sum("half_days_per_week")).isEqualByComparingTo("10.5");
    }

    @Test
    void impossibleMalformedMissingAndReversedDatesAreRejected() {
        CorpusRun run = corpus.importWith("conventions-dates.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "start_date", "DATE", "« 2023-02-30 » n'est pas une date qui existe"),
                new Problem(4, "end_date", "DATE", "« 31/04/2023 » n'est pas une date qui existe"),
                new Problem(5, "start_date", "DATE", "« 2023/01/01 »" + NOT_A_DATE),
                new Problem(6, "end_date", "DATES_INCOHERENTES", "la date de fin (2023-05-31) précède la date de début (2023-06-01)"),
                new Problem(8, "start_date", "VALEUR_OBLIGATOIRE", "valeur obligatoire absente"));
        run.assertEveryRowAccountedFor(7, 5);
        assertThat(run.stored("convention_id")).as("a convention may end the day it starts").containsExactly("C1", "C7");
        assertThat(run.stored("end_date")).containsExactly(null, "2023-06-01");
    }

    @Test
    void aConventionWhoseHostIsItsOriginIsRejected() {
        CorpusRun run = corpus.importWith("conventions-origine-egale-accueil.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "host_finess", "ORIGINE_EGALE_ACCUEIL", "l'établissement d'accueil est l'établissement "
                        + "d'origine (420000010) : une convention de partage lie deux établissements distincts"),
                new Problem(4, "host_finess", "ORIGINE_EGALE_ACCUEIL", "l'origine (420782559) et l'accueil (420784878) relèvent "
                        + "de la même entité juridique 420784878 : une convention de partage lie deux établissements distincts"));
        run.assertEveryRowAccountedFor(3, 2);
        assertThat(run.stored("convention_id")).containsExactly("C1");
    }

    @Test
    void negativeAndUnreadableAmountsAreRejected() {
        CorpusRun run = corpus.importWith("conventions-montants.csv");

        run.assertPublished();
        String examples = " n'est pas un nombre (exemples admis : 1234,56 ou 1234.56 ou 1 234,56)";
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "annual_refund_eur", "NOMBRE_NEGATIF", "« -5000 » est négatif ; une valeur positive ou nulle est attendue"),
                new Problem(6, "annual_refund_eur", "NOMBRE", "« 1,234.56 »" + examples));
        run.assertEveryRowAccountedFor(5, 2);
        assertThat(run.sum("annual_refund_eur")).as("21 000,50 + 5 000 € + 12 345,67").isEqualByComparingTo("38346.17");
    }

    @Test
    void aSpecialtyMustBeGivenAndAtMostAHundredCharacters() {
        CorpusRun run = corpus.importWith("conventions-specialite.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "specialty", "TEXTE_TROP_LONG", "texte de 109 caractères ; 100 au plus"),
                new Problem(4, "specialty", "VALEUR_OBLIGATOIRE", "valeur obligatoire absente"));
        run.assertEveryRowAccountedFor(3, 2);
    }
}
