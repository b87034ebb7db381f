package fr.copilote.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvLineSplitterTest {

    private final CsvLineSplitter semicolon = new CsvLineSplitter(';');

    @Test
    void splitsOnTheSeparatorKeepingEmptyCells() throws CsvSyntaxException {
        assertThat(semicolon.split("a;;c;")).containsExactly("a", "", "c", "");
    }

    @Test
    void quotedCellsMayHoldTheSeparatorAndDoubledQuotes() throws CsvSyntaxException {
        assertThat(new CsvLineSplitter(',').split("CH,\"9 337\",\"dit \"\"le grand\"\"\",\"2,80\""))
                .containsExactly("CH", "9 337", "dit \"le grand\"", "2,80");
    }

    @Test
    void anUnclosedQuoteIsAnErrorOfItsCell() {
        assertThatThrownBy(() -> semicolon.split("a;\"b;c"))
                .isInstanceOf(CsvSyntaxException.class)
                .satisfies(e -> assertThat(((CsvSyntaxException) e).column()).isEqualTo(1))
                .hasMessage("guillemet ouvert et jamais fermé sur la ligne");
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        assertThatThrownBy(() -> semicolon.split("\"a\"b;c")).hasMessageContaining("après le guillemet fermant");
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsKeptAsText() throws CsvSyntaxException {
        assertThat(semicolon.split("CH \"Nord\";x")).containsExactly("CH \"Nord\"", "x");
    }
}
