package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Files that look unusual but follow the data contract: read whole, every row accepted, values decoded as
 * written.
 */
class AcceptedFileVariantTests extends CorpusTestBase {

    @Test
    void aLastLineWithoutLineBreakIsRead() {
        CorpusRun run = corpus.importWith("activite-derniere-ligne-sans-saut.csv");

        run.assertPublished();
        assertThat(run.rejects()).isEmpty();
        run.assertEveryRowAccountedFor(2, 0);
        assertThat(run.sum("volume")).isEqualByComparingTo("30");
    }

    @Test
    void aReorderedHeaderIsAcceptedBecauseColumnsAreMatchedByName() {
        // given a header in another order, another case and with blanks around names
        CorpusRun run = corpus.importWith("activite-entete-reordonne.csv");

        // then every value lands in its own column
        run.assertPublished();
        assertThat(run.rejects()).isEmpty();
        run.assertEveryRowAccountedFor(2, 0);
        assertThat(run.sum("volume")).isEqualByComparingTo("30");
        assertThat(run.sum("revenue_eur")).isEqualByComparingTo("3000.75");
        assertThat(run.sum("direct_cost_eur")).isEqualByComparingTo("2300");
        assertThat(run.stored("patient_territory")).containsExactly("STE-ROANNE", null);
        assertThat(run.stored("convention_id")).containsExactly(null, "C1");
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptyImportNotAFailure() {
        CorpusRun run = corpus.importWith("activite-entete-seul.csv");

        run.assertPublished();
        assertThat(run.rejects()).isEmpty();
        run.assertEveryRowAccountedFor(0, 0);
    }

    @Test
    void aLatin1FileHasItsAccentsDecodedRight() {
        CorpusRun run = corpus.importWith("territoires-latin1.csv");

        run.assertPublished();
        assertThat(run.file().encoding()).isEqualTo("windows-1252");
        assertThat(run.rejects()).isEmpty();
        run.assertEveryRowAccountedFor(3, 0);
        assertThat(run.stored("territory_name")).containsExactly("CHU de Saint-Étienne - CH de Roanne",
                "CHU de Saint-Étienne - CH de Roanne", "Hôpitaux du Forez, Firminy à Saint-Chamond");
    }

    @Test
    void aByteOrderMarkAndCrlfLineBreaksAreAccepted() {
        CorpusRun run = corpus.importWith("territoires-bom-crlf.csv");

        run.assertPublished();
        assertThat(run.file().encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(run.rejects()).isEmpty();
        run.assertEveryRowAccountedFor(2, 0);
        assertThat(run.stored("territory_code")).containsExactly("STE-ROANNE", "STE-ROANNE");
        assertThat(run.stored("territory_name")).containsOnly("CHU de Saint-Étienne – CH de Roanne");
        assertThat(run.stored("role")).containsExactly("SUPPORT", "MEMBER");
    }

    @Test
    void aCommaSeparatedFileWithQuotedDecimalCommasIsAccepted() {
        CorpusRun run = corpus.importWith("activite-virgule-decimales-entre-guillemets.csv");

        run.assertPublished();
        assertThat(run.file().separator()).isEqualTo(",");
        assertThat(run.rejects()).isEmpty();
        run.assertEveryRowAccountedFor(2, 0);
        assertThat(run.sum("volume")).isEqualByComparingTo("1210");
        assertThat(run.sum("revenue_eur")).isEqualByComparingTo("3235.06");
        assertThat(run.sum("direct_cost_eur")).isEqualByComparingTo("2500.25");
    }
}
