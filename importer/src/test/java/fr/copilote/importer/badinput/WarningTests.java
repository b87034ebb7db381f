package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Doubtful but valid rows: accepted and kept in the figures, each warning recorded in {@code import_warning}
 * with its rule and French message, and counted in {@code import_file.rows_warned}.
 */
class WarningTests extends CorpusTestBase {

    @Test
    void sitesLessThanTwentyKilometresApartAreFlagged() {
        // given coordinates for CHU Bellevue (Saint-Étienne) and CH Firminy, and a convention between them
        CorpusRun run = corpus.importWith("conventions-distance-moins-20-km.csv", "FR_healthcare-deux-sites.csv");

        run.assertPublished();
        assertThat(run.rejects()).isEmpty();
        assertThat(run.warnings()).containsExactly(new Problem(3, "host_finess", "DISTANCE_MOINS_20_KM",
                "origine et accueil à 8,5 km à vol d'oiseau : moins des 20 km qu'exige la prime d'exercice territorial"));
        assertThat(run.file().rowsWarned()).isEqualTo(1);
        run.assertEveryRowAccountedFor(2, 0);
        assertThat(run.stored("convention_id")).containsExactly("C1", "F1");
    }

    @Test
    void aPractitionerSignedForMoreThanTenHalfDaysIsFlaggedOnEachConventionInForce() {
        // given 6 + 5 signed half-days from 1 March 2024, and 4 more only planned
        CorpusRun run = corpus.importWith("conventions-praticien-plus-de-10.csv");

        run.assertPublished();
        String overload = "le praticien 10000000033 cumule 11 demi-journées par semaine le 01/03/2024 sur 2 conventions "
                + "signées (P1, P2) : plus de 10";
        assertThat(run.warnings()).containsExactly(
                new Problem(2, "practitioner_rpps", "PRATICIEN_PLUS_DE_10_DEMI_JOURNEES", overload),
                new Problem(3, "practitioner_rpps", "PRATICIEN_PLUS_DE_10_DEMI_JOURNEES", overload));
        assertThat(run.file().rowsWarned()).isEqualTo(2);
        run.assertEveryRowAccountedFor(3, 0);
        assertThat(run.sum("half_days_per_week")).isEqualByComparingTo("15");
    }

    @Test
    void activityAfterTheEndOfItsConventionIsFlaggedAndKeptInTheFigures() {
        CorpusRun run = corpus.importWith("activite-apres-fin-convention.csv");

        run.assertPublished();
        assertThat(run.warnings()).containsExactly(new Problem(3, "convention_id", "ACTIVITE_APRES_FIN_CONVENTION",
                "activité de 2027-01 sous la convention C2, terminée le 31/12/2026"));
        assertThat(run.file().rowsWarned()).isEqualTo(1);
        run.assertEveryRowAccountedFor(3, 0);
        assertThat(run.sum("volume")).isEqualByComparingTo("70");
    }
}
