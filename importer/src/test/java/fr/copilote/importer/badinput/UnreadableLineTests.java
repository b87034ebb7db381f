package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.copilote.importer.csv.CsvFileReader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.csv.FileInspector;
import fr.copilote.importer.file.InputKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines that cannot be read as a record — cut short, badly quoted, with too many or too few cells, with bytes
 * the encoding does not allow, far too long — are rejected on their own; the lines around them are read and
 * accepted as usual, and every row is accounted for.
 */
class UnreadableLineTests extends CorpusTestBase {

    /** 20 MiB: one line as a broken export could write it. */
    private static final int HUGE_LINE = 20 * 1024 * 1024;

    private static final String COLUMN_COUNT = "NOMBRE_COLONNES";
    private static final String SYNTAX = "SYNTAXE_CSV";
    private static final String UNCLOSED_QUOTE = "guillemet ouvert et jamais fermé sur la ligne";

    @Test
    void aTruncatedLastLineIsRejectedForItsMissingCells() {
        CorpusRun run = corpus.importWith("activite-derniere-ligne-tronquee.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(4, "volume", COLUMN_COUNT, "9 colonnes attendues, 4 trouvées (séparateur « ; »)"));
        run.assertEveryRowAccountedFor(3, 1);
        assertThat(run.sum("volume")).isEqualByComparingTo("30");
    }

    @Test
    void anUnclosedQuoteRejectsOnlyItsOwnLine() {
        CorpusRun run = corpus.importWith("conventions-guillemet-non-ferme.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(new Problem(3, "specialty", SYNTAX, UNCLOSED_QUOTE));
        run.assertEveryRowAccountedFor(3, 1);
        assertThat(run.stored("convention_id")).as("the line after the broken one is read").containsExactly("C1", "C2");
        assertThat(run.sum("annual_refund_eur")).isEqualByComparingTo("31000.50");
    }

    @Test
    void textAfterAClosingQuoteRejectsTheLineWhileAQuotedSeparatorIsText() {
        CorpusRun run = corpus.importWith("conventions-texte-apres-guillemet.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(new Problem(2, "specialty", SYNTAX,
                "caractères après le guillemet fermant d'une valeur entre guillemets"));
        run.assertEveryRowAccountedFor(2, 1);
        assertThat(run.stored("specialty")).containsExactly("Pédiatrie; néonatologie");
    }

    @Test
    void aQuotedCellSpanningTwoLinesRejectsBothLines() {
        CorpusRun run = corpus.importWith("conventions-cellule-sur-deux-lignes.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(2, "specialty", SYNTAX, UNCLOSED_QUOTE),
                new Problem(3, "start_date", COLUMN_COUNT, "12 colonnes attendues, 8 trouvées (séparateur « ; »)"));
        run.assertEveryRowAccountedFor(3, 2);
        assertThat(run.stored("convention_id")).containsExactly("C2");
    }

    @Test
    void extraCellsRejectTheLineEvenWhenTheyAreEmpty() {
        CorpusRun run = corpus.importWith("activite-colonnes-en-trop.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "colonne 10", COLUMN_COUNT, "9 colonnes attendues, 10 trouvées (séparateur « ; »)"),
                new Problem(4, "colonne 11", COLUMN_COUNT, "9 colonnes attendues, 11 trouvées (séparateur « ; »)"));
        run.assertEveryRowAccountedFor(4, 2);
        assertThat(run.sum("volume")).isEqualByComparingTo("40");
    }

    @Test
    void missingCellsRejectTheLineNamingTheFirstMissingColumn() {
        CorpusRun run = corpus.importWith("activite-colonnes-manquantes.csv");

        run.assertPublished();
        assertThat(run.rejects()).containsExactly(
                new Problem(3, "convention_id", COLUMN_COUNT, "9 colonnes attendues, 8 trouvées (séparateur « ; »)"),
                new Problem(4, "revenue_eur", COLUMN_COUNT, "9 colonnes attendues, 5 trouvées (séparateur « ; »)"));
        run.assertEveryRowAccountedFor(4, 2);
        assertThat(run.sum("volume")).isEqualByComparingTo("40");
    }

    @Test
    void blankLinesAreIgnoredNotCountedAndLinesKeepTheirNumberInTheFile() {
        CorpusRun run = corpus.importWith("activite-lignes-vides.csv");

        run.assertPublished();
        assertThat(run.rejects()).as("line 7 of the file, blank lines included").containsExactly(
                new Problem(7, "volume", "NOMBRE_NEGATIF", "« -4 » est négatif ; une valeur positive ou nulle est attendue"));
        run.assertEveryRowAccountedFor(3, 1);
        assertThat(run.sum("volume")).isEqualByComparingTo("30");
    }

    @Test
    void aLineOfSeparatorsOnlyIsAnEmptySpreadsheetRowIgnoredLikeABlankLine() {
        CorpusRun run = corpus.importWith("activite-lignes-de-separateurs.csv");

        run.assertPublished();
        assertThat(run.rejects()).isEmpty();
        run.assertEveryRowAccountedFor(2, 0);
        assertThat(run.sum("volume")).isEqualByComparingTo("30");
    }

    @Test
    void invalidUtf8BytesRejectOnlyTheirLineAndTheOtherAccentsAreKept() {
        CorpusRun run = corpus.importWith("territoires-utf8-octet-invalide.csv");

        run.assertPublished();
        assertThat(run.file().encoding()).isEqualTo("UTF-8");
        assertThat(run.rejects()).containsExactly(new Problem(3, "territory_name", "ENCODAGE",
                "octets invalides pour l'encodage UTF-8 : la valeur ne peut pas être lue sans la déformer"));
        run.assertEveryRowAccountedFor(3, 1);
        assertThat(run.stored("territory_name")).containsExactly("CHU de Saint-Étienne – CH de Roanne", "Loire Sud – Firminy");
    }

    @Test
    void aUtf8FileWithMoreLatin1AccentsThanUtf8OnesRejectsTheLatin1LinesRatherThanGarblingTheOthers() {
        CorpusRun run = corpus.importWith("territoires-utf8-et-latin1-melanges.csv");

        run.assertPublished();
        assertThat(run.file().encoding()).isEqualTo("UTF-8");
        assertThat(run.rejects()).extracting(Problem::line, Problem::rule).containsExactly(
                tuple(3L, "ENCODAGE"), tuple(4L, "ENCODAGE"));
        run.assertEveryRowAccountedFor(3, 2);
        assertThat(run.stored("territory_name")).containsExactly("CHU de Saint-Étienne");
    }

    @Test
    void aTwentyMegabyteLineIsRejectedAloneAndTheLinesAroundItAreAccepted() throws IOException {
        // given an activity file exported with CRLF whose second row is one 20 MiB line
        Path input = corpus.validFolder();
        writeActivityWithAHugeSecondRow(input.resolve("activite.csv"));

        // when the import runs
        CorpusRun run = corpus.run(input, InputKind.ACTIVITE, CorpusRunner.NIGHT);

        // then that line alone is rejected, its true length told, and only its beginning kept for the report
        run.assertPublished();
        assertThat(run.rejects()).containsExactly(new Problem(3, null, "LIGNE_TROP_LONGUE", "ligne de 20971520 caractères, "
                + "au-delà de la limite de 100000 : ce n'est pas un enregistrement du fichier"));
        assertThat(jdbc.queryForObject("SELECT LENGTH(raw_line) FROM import_reject WHERE import_file_id = ?", Integer.class,
                run.file().id())).isEqualTo(2000);
        run.assertEveryRowAccountedFor(3, 1);
        assertThat(run.sum("volume")).as("the rows before and after it").isEqualByComparingTo("30");
    }

    @Test
    void readingATwentyMegabyteLineAllocatesFarLessThanTheLine() throws IOException {
        // given the same file
        Path file = work.resolve("activite.csv");
        writeActivityWithAHugeSecondRow(file);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        // when it is read as the import step reads it
        long before = threads.getCurrentThreadAllocatedBytes();
        List<CsvRow> rows = new ArrayList<>();
        try (CsvFileReader reader = CsvFileReader.open(FileInspector.inspect(file), InputKind.ACTIVITE.columns())) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        // then memory stays bounded: the line is never held whole (it would take at least 20 MiB)
        assertThat(rows).extracting(CsvRow::lineNumber).containsExactly(2L, 3L, 4L);
        assertThat(rows.get(1).raw()).hasSize(2000);
        assertThat(allocated).as("bytes allocated to read the file").isLessThan(HUGE_LINE / 8);
    }

    private static void writeActivityWithAHugeSecondRow(Path file) throws IOException {
        String start = "2024-01;420000010;MEDECINE;CONSULTATION;";
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ACTIVITY_HEADER + "\r\n");
            out.write("2024-01;420782559;MEDECINE;CONSULTATION;10;1000;800;;\r\n");
            out.write(start);
            char[] digits = new char[64 * 1024];
            Arrays.fill(digits, '9');
            for (int left = HUGE_LINE - start.length(); left > 0; left -= digits.length) {
                out.write(digits, 0, Math.min(left, digits.length));
            }
            out.write("\r\n");
            out.write("2024-02;420000010;MEDECINE;CONSULTATION;20;2000;1500;;\r\n");
        }
    }
}
