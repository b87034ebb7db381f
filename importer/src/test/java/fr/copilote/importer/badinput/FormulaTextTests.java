package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Cells that a spreadsheet would take for a formula ({@code = + - @}): stored verbatim as text when the row is
 * valid, and made harmless — a leading apostrophe — where the reject report quotes a rejected raw line.
 */
class FormulaTextTests extends CorpusTestBase {

    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String CODE_SHAPE = " n'est pas un code de territoire : 1 à 30 caractères parmi A-Z, 0-9, - et _, "
            + "en commençant par une lettre ou un chiffre";

    @Test
    void formulaLikeTextColumnsAreStoredVerbatim() {
        CorpusRun run = corpus.importWith("conventions-formules.csv");

        run.assertPublished();
        assertThat(run.rejects()).isEmpty();
        run.assertEveryRowAccountedFor(4, 0);
        assertThat(run.stored("specialty")).containsExactly(HYPERLINK, "+Pédiatrie", "-Gériatrie", "@Imagerie");
        assertThat(Files.exists(run.rejectReportFile())).as("no rejects, no reject report").isFalse();
    }

    @Test
    void theRejectReportNeutralisesRawLinesThatStartLikeAFormula() throws Exception {
        // given a territory named by a formula (valid) and four rows whose code starts with = + - @ (rejected)
        CorpusRun run = corpus.importWith("territoires-formules.csv");

        // then the valid rows keep their name verbatim
        run.assertPublished();
        run.assertEveryRowAccountedFor(6, 4);
        assertThat(run.stored("territory_name")).containsExactly(HYPERLINK, HYPERLINK);

        // and the reject report, opened by a spreadsheet, shows every raw line as text
        assertThat(Files.readString(run.rejectReportFile())).startsWith("\uFEFFfichier;ligne;colonne;règle;message;contenu de la ligne\r\n");
        assertThat(run.rejectReport()).extracting(CSVRecord::toList).containsExactly(
                reportLine(4, "« " + HYPERLINK + " »" + CODE_SHAPE, "'" + HYPERLINK + ";Loire Sud;420000234;SUPPORT"),
                reportLine(5, "« +33 4 77 00 00 00 »" + CODE_SHAPE, "'+33 4 77 00 00 00;Loire Sud;420000234;SUPPORT"),
                reportLine(6, "« -LOIRE »" + CODE_SHAPE, "'-LOIRE;Loire Sud;420000234;SUPPORT"),
                reportLine(7, "« @SUM(A1:A9) »" + CODE_SHAPE, "'@SUM(A1:A9);Loire Sud;420000234;SUPPORT"));
    }

    private static List<String> reportLine(int line, String message, String rawLine) {
        return List.of("territoires.csv", String.valueOf(line), "territory_code", "TERRITOIRE_CODE", message, rawLine);
    }
}
