package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code activite.csv} rows that break a rule of the data contract: each rejected alone, with its rule and message. */
class ActivityRuleTests extends CorpusTestBase {

    private static final String NOT_A_NUMBER = " n'est pas un nombre (exemples admis : 1234,56 ou 1234.56 ou 1 234,56)";
    private static final String NEGATIVE = " est négatif ; une valeur positive ou nulle est attendue";
    private static final String TOO_LARGE = " est trop grand : 12 chiffres au plus avant la virgule";
    private static final String PATHWAYS = "codes admis : PERINATALITE, CHIRURGIE_ANESTHESIE, URGENCES, BIOLOGIE, SSR, MEDECINE, "
            + "IMAGERIE, CANCEROLOGIE, GERIATRIE, PSYCHIATRIE";
    private static final String ACTIVITY_TYPES = "codes admis : SEJOUR_HC, SEJOUR_AMBULATOIRE, JOURNEE, CONSULTATION, ACTE, "
            + "PASSAGE_URGENCES, NAISSANCE, SEANCE";
    private static final String UNKNOWN_CONVENTION = " est inconnue : absente des conventions retenues de cette exécution "
            + "(elle a pu être rejetée dans conventions.csv) comme des conventions déjà importées";

    @Test
    void aMonthThatDoesNotExistOrIsMisspelledIsRejected() {
        CorpusRun run = corpus.importWith("activite-periodes.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "period", "PERIODE", "« 2024-13 » n'est pas un mois qui existe"),
                new Problem(4, "period", "PERIODE", "« 2024-1 » n'est pas une période : format aaaa-MM attendu (ex. 2024-03)"),
                new Problem(5, "period", "PERIODE", "« 01/2024 » n'est pas une période : format aaaa-MM attendu (ex. 2024-03)"),
                new Problem(6, "period", "PERIODE", "« 2024-00 » n'est pas un mois qui existe"));
        run.assertEveryRowAccountedFor(5, 4);
        assertThat(run.sum("volume")).isEqualByComparingTo("10");
    }

    @Test
    void aVolumeMustBeAWholeNumberWrittenInDigits() {
        CorpusRun run = corpus.importWith("activite-nombres-invalides.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "volume", "NOMBRE", "« 12,5 » n'est pas un nombre entier"),
                new Problem(4, "volume", "NOMBRE", "« douze »" + NOT_A_NUMBER),
                new Problem(6, "volume", "NOMBRE", "« 1e3 »" + NOT_A_NUMBER));
        run.assertEveryRowAccountedFor(6, 3);
        assertThat(run.stored("volume")).as("12,0 is twelve; 1 000 is a thousand").containsExactly("10", "12", "1000");
        assertThat(run.sum("direct_cost_eur")).isEqualByComparingTo("3800");
    }

    @Test
    void negativeVolumesAndAmountsAreRejectedWhileZeroIsAccepted() {
        CorpusRun run = corpus.importWith("activite-nombres-negatifs.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "volume", "NOMBRE_NEGATIF", "« -3 »" + NEGATIVE),
                new Problem(4, "revenue_eur", "NOMBRE_NEGATIF", "« -10,50 »" + NEGATIVE),
                new Problem(5, "direct_cost_eur", "NOMBRE_NEGATIF", "« -1 »" + NEGATIVE));
        run.assertEveryRowAccountedFor(5, 3);
        assertThat(run.sum("revenue_eur")).isEqualByComparingTo("1000");
    }

    @Test
    void numbersTooLargeForTheirColumnAreRejectedRatherThanFailingTheRun() {
        CorpusRun run = corpus.importWith("activite-montants-hors-colonne.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "revenue_eur", "NOMBRE", "« 12345678901234567890 »" + TOO_LARGE),
                new Problem(4, "volume", "NOMBRE", "« 99999999999999999999 »" + TOO_LARGE));
        run.assertEveryRowAccountedFor(3, 2);
        assertThat(run.sum("revenue_eur")).isEqualByComparingTo("1000");
    }

    @Test
    void amountsWithMoreThanTwoDecimalsAreRejectedRatherThanSilentlyRounded() {
        CorpusRun run = corpus.importWith("activite-montants-trois-decimales.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "revenue_eur", "NOMBRE", "« 10,555 » a trop de décimales : 2 au plus (au centime)"),
                new Problem(3, "direct_cost_eur", "NOMBRE", "« 1500,004 » a trop de décimales : 2 au plus (au centime)"));
        run.assertEveryRowAccountedFor(2, 1);
        assertThat(run.stored("revenue_eur")).containsExactly("1000.00");
    }

    @Test
    void unknownPathwayAndActivityTypeCodesAreRejectedWhileBlanksAroundCodesAreNot() {
        CorpusRun run = corpus.importWith("activite-codes-inconnus.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "activity_type", "CODE_TYPE_ACTIVITE", "« CONSULTATIONS » n'est pas un code de type d'activité "
                        + "connu ; " + ACTIVITY_TYPES),
                new Problem(4, "care_pathway", "CODE_FILIERE", "« CARDIOLOGIE » n'est pas un code de filière de soins connu ; "
                        + PATHWAYS));
        run.assertEveryRowAccountedFor(4, 2);
        assertThat(run.sum("volume")).isEqualByComparingTo("90");
    }

    @Test
    void unknownTerritoriesConventionsAndEstablishmentsAreRejected() {
        CorpusRun run = corpus.importWith("activite-references-inconnues.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "patient_territory", "TERRITOIRE_INCONNU", "le territoire LYON-EST n'est pas déclaré dans territoires.csv"),
                new Problem(4, "convention_id", "CONVENTION_INCONNUE", "la convention C99" + UNKNOWN_CONVENTION),
                new Problem(5, "convention_id", "CONVENTION_INCONNUE", "la convention c1" + UNKNOWN_CONVENTION),
                new Problem(6, "patient_territory", "TERRITOIRE_CODE", "« ste-roanne » n'est pas un code de territoire : 1 à 30 "
                        + "caractères parmi A-Z, 0-9, - et _, en commençant par une lettre ou un chiffre"),
                new Problem(7, "finess", "FINESS_INCONNU", "le numéro FINESS 420782567 n'est pas dans l'annuaire des "
                        + "établissements (SAE 2023), ni comme site ni comme entité juridique"));
        run.assertEveryRowAccountedFor(6, 5);
        assertThat(run.stored("patient_territory || ' ' || convention_id")).containsExactly("STE-ROANNE C1");
    }

    @Test
    void aLineWithSeveralProblemsReportsThemAllInOrder() {
        CorpusRun run = corpus.importWith("activite-plusieurs-problemes.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "period", "PERIODE", "« 2024-13 » n'est pas un mois qui existe"),
                new Problem(3, "finess", "FINESS_CLE",
                        "« 420000011 » n'est pas un numéro FINESS valide : la clé de contrôle (dernier chiffre) est fausse"),
                new Problem(3, "care_pathway", "CODE_FILIERE", "« CARDIO » n'est pas un code de filière de soins connu ; " + PATHWAYS),
                new Problem(3, "activity_type", "CODE_TYPE_ACTIVITE",
                        "« VISITE » n'est pas un code de type d'activité connu ; " + ACTIVITY_TYPES),
                new Problem(3, "volume", "NOMBRE_NEGATIF", "« -2 »" + NEGATIVE),
                new Problem(3, "revenue_eur", "NOMBRE", "« abc »" + NOT_A_NUMBER),
                new Problem(3, "direct_cost_eur", "VALEUR_OBLIGATOIRE", "valeur obligatoire absente"),
                new Problem(3, "patient_territory", "TERRITOIRE_INCONNU", "le territoire LYON-EST n'est pas déclaré dans territoires.csv"),
                new Problem(3, "convention_id", "CONVENTION_INCONNUE", "la convention C99" + UNKNOWN_CONVENTION),
                new Problem(4, "finess", "FINESS_INCONNU", "le numéro FINESS 010000024 n'est pas dans l'annuaire des "
                        + "établissements (SAE 2023), ni comme site ni comme entité juridique"),
                new Problem(4, "patient_territory", "TERRITOIRE_INCONNU", "le territoire LYON-EST n'est pas déclaré dans territoires.csv"),
                new Problem(4, "convention_id", "CONVENTION_INCONNUE", "la convention C99" + UNKNOWN_CONVENTION));
        assertThat(jdbc.queryForList("SELECT seq FROM import_reject WHERE import_file_id = ? AND line_number = 3 ORDER BY seq",
                Integer.class, run.file().id())).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        run.assertEveryRowAccountedFor(3, 2);
        assertThat(run.sum("volume")).isEqualByComparingTo("10");
    }
}
