package fr.copilote.importer.row;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.csv.ExpectedColumns;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellReaderTest {

    private static CellReader cells(String value) {
        CsvHeader header = CsvHeader.resolve("f.csv", "v", ExpectedColumns.contractFile("v"));
        return new CellReader(new CsvRow(2, value, List.of(value), null), header);
    }

    @Test
    void readsDecimalCommaPointAndGroupedThousands() {
        assertThat(cells("1234,56").nonNegativeDecimal("v")).isEqualByComparingTo("1234.56");
        assertThat(cells("1234.56").nonNegativeDecimal("v")).isEqualByComparingTo("1234.56");
        assertThat(cells("1 234,56").nonNegativeDecimal("v")).isEqualByComparingTo("1234.56");
        assertThat(cells("9\u202F337").nonNegativeDecimal("v")).isEqualByComparingTo(new BigDecimal("9337"));
    }

    @Test
    void refusesNegativeAndAmbiguousNumbers() {
        CellReader negative = cells("-5");
        assertThat(negative.nonNegativeDecimal("v")).isNull();
        assertThat(negative.outcome(() -> "x").problems()).extracting(RowProblem::rule).containsExactly(CellReader.RULE_NEGATIVE);
        CellReader ambiguous = cells("1.234,5");
        assertThat(ambiguous.nonNegativeDecimal("v")).isNull();
        assertThat(ambiguous.outcome(() -> "x").problems()).extracting(RowProblem::rule).containsExactly(CellReader.RULE_NUMBER);
    }

    @Test
    void numbersKeepTheShapeTheContractAdmitsAndNoOther() {
        for (String notANumber : List.of("", "-", "1,", ",5", ".5", "1.2.3", "1,2,3", "--1", "+1", "1e3", "0x10", "12a", "١٢")) {
            CellReader cell = cells(notANumber);
            assertThat(cell.nonNegativeDecimal("v")).as(notANumber).isNull();
            assertThat(cell.hasProblems()).as(notANumber).isTrue();
        }
        assertThat(cells("0").nonNegativeDecimal("v")).isEqualByComparingTo("0");
        assertThat(cells("007,5").nonNegativeDecimal("v")).isEqualByComparingTo("7.5");
        assertThat(cells("5 000 €").nonNegativeDecimal("v")).isEqualByComparingTo("5000");
    }

    @Test
    void countsMustBeWhole() {
        assertThat(cells("12").nonNegativeCount("v")).isEqualTo(12L);
        assertThat(cells("12,0").nonNegativeCount("v")).isEqualTo(12L);
        CellReader fractional = cells("12,5");
        assertThat(fractional.nonNegativeCount("v")).isNull();
        assertThat(fractional.outcome(() -> "x").problems().get(0).message()).isEqualTo("« 12,5 » n'est pas un nombre entier");
    }

    @Test
    void readsIsoAndFrenchDatesAndRefusesImpossibleOnes() {
        assertThat(cells("2024-02-29").requiredDate("v")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(cells("29/02/2024").requiredDate("v")).isEqualTo(LocalDate.of(2024, 2, 29));
        CellReader impossible = cells("2023-02-30");
        assertThat(impossible.requiredDate("v")).isNull();
        assertThat(impossible.outcome(() -> "x").problems().get(0).message()).isEqualTo("« 2023-02-30 » n'est pas une date qui existe");
    }

    @Test
    void aFinessWhoseLeadingZeroASpreadsheetDroppedIsRestoredWithAWarning() {
        CellReader cells = cells("10000024");
        assertThat(cells.requiredFiness("v")).isEqualTo(new fr.copilote.model.establishment.Finess("010000024"));
        ValidatedRow<String> outcome = cells.outcome(() -> "x");
        assertThat(outcome.isAccepted()).isTrue();
        assertThat(outcome.warnings()).containsExactly(new RowProblem("v", CellReader.WARNING_LEADING_ZERO,
                "« 10000024 » lu comme 010000024 : le zéro initial, perdu par un tableur, est restauré"));
    }

    @Test
    void eightDigitsThatStayInvalidWithAZeroAreAFormatError() {
        CellReader cells = cells("42000001");
        assertThat(cells.requiredFiness("v")).isNull();
        assertThat(cells.outcome(() -> "x").problems()).extracting(RowProblem::rule).containsExactly("FINESS_FORMAT");
    }

    @Test
    void anEmptyRequiredCellIsAProblemOfItsColumn() {
        CellReader empty = cells("  ");
        assertThat(empty.required("v")).isNull();
        assertThat(empty.outcome(() -> "x").problems()).containsExactly(
                new RowProblem("v", CellReader.RULE_REQUIRED, "valeur obligatoire absente"));
    }
}
