package fr.copilote.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvHeaderTest {

    private final ExpectedColumns expected = ExpectedColumns.contractFile("territory_code", "territory_name", "finess", "role");

    @Test
    void recognisesTheSemicolonOrTheComma() {
        assertThat(CsvHeader.resolve("t.csv", "territory_code;territory_name;finess;role", expected).separator()).isEqualTo(';');
        assertThat(CsvHeader.resolve("t.csv", "territory_code,territory_name,finess,role", expected).separator()).isEqualTo(',');
    }

    @Test
    void acceptsColumnsInAnotherOrderOrCase() {
        CsvHeader header = CsvHeader.resolve("t.csv", "ROLE;finess;territory_name;territory_code", expected);
        assertThat(header.indexOf("territory_code")).isEqualTo(3);
        assertThat(header.indexOf("role")).isZero();
    }

    @Test
    void namesTheFileAndTheMissingAndUnknownColumns() {
        assertThatThrownBy(() -> CsvHeader.resolve("territoires.csv", "territory_code;territory_name;finess;rôle", expected))
                .isInstanceOf(StructuralFileException.class)
                .hasMessageContaining("Fichier territoires.csv")
                .hasMessageContaining("colonnes manquantes : role")
                .hasMessageContaining("colonnes inconnues : rôle")
                .hasMessageContaining("En-tête attendu : territory_code;territory_name;finess;role");
    }

    @Test
    void publishedBasesMayCarryMoreColumns() {
        CsvHeader header = CsvHeader.resolve("ID_2023r.csv", "bor;an;fi;rs;fi_ej;x;y",
                ExpectedColumns.atLeast("fi", "fi_ej", "rs"));
        assertThat(header.indexOf("fi_ej")).isEqualTo(4);
    }

    @Test
    void aColumnReadWhenPresentIsNeitherRequiredNorReportedUnread() {
        ExpectedColumns directory = ExpectedColumns.atLeast("fi", "fi_ej", "rs").readingAlsoWhenPresent("stjr");
        CsvHeader full = CsvHeader.resolve("ID_2023r.csv", "bor;fi;rs;fi_ej;stjr", directory);
        assertThat(full.has("stjr")).isTrue();
        assertThat(full.indexOf("stjr")).isEqualTo(4);
        assertThat(full.unreadColumns()).extracting(UnreadColumn::name).containsExactly("bor");

        CsvHeader trimmed = CsvHeader.resolve("ID_2023r.csv", "bor;fi;rs;fi_ej", directory);
        assertThat(trimmed.has("stjr")).isFalse();
    }

    @Test
    void aColumnBeyondTheContractIsLeftUnreadRatherThanRefused() {
        CsvHeader header = CsvHeader.resolve("t.csv", "territory_code;territory_name;COMMENTAIRE;finess;role", expected);

        assertThat(header.indexOf("finess")).isEqualTo(3);
        assertThat(header.unreadColumns()).containsExactly(new UnreadColumn(3, "COMMENTAIRE", UnreadColumn.NOT_IN_CONTRACT));
    }

    @Test
    void aContractColumnNamedTwiceOrAColumnWithoutANameStillStopsTheFile() {
        assertThatThrownBy(() -> CsvHeader.resolve("t.csv", "territory_code;territory_name;finess;role;FINESS", expected))
                .hasMessageContaining("colonne en double : FINESS");
        assertThatThrownBy(() -> CsvHeader.resolve("t.csv", "territory_code;territory_name;finess;role;", expected))
                .hasMessageContaining("colonnes inconnues : colonne 5 sans nom");
    }

    @Test
    void aPublishedBaseSaysWhichOfItsColumnsAreLeftUnreadARepeatedOneIncluded() {
        CsvHeader header = CsvHeader.resolve("ID_2023r.csv", "bor;an;fi;rs;fi_ej;;FI", ExpectedColumns.atLeast("fi", "fi_ej", "rs"));

        assertThat(header.unreadColumns()).extracting(UnreadColumn::message).containsExactly(
                "colonne « bor » (n° 1, A) non lue : " + UnreadColumn.NOT_READ_FROM_PUBLISHED,
                "colonne « an » (n° 2, B) non lue : " + UnreadColumn.NOT_READ_FROM_PUBLISHED,
                "colonne sans nom (n° 6, F) non lue : " + UnreadColumn.NOT_READ_FROM_PUBLISHED,
                "colonne « FI » (n° 7, G) non lue : elle répète la colonne n° 3, seule lue");
    }

    @Test
    void aHeaderWithOnlyTheColumnsReadLeavesNothingUnread() {
        assertThat(CsvHeader.resolve("t.csv", "territory_code;territory_name;finess;role", expected).unreadColumns()).isEmpty();
    }

    @Test
    void columnLettersAreASpreadsheetsOnes() {
        assertThat(List.of(1, 13, 26, 27, 70, 702, 703)).extracting(n -> new UnreadColumn(n, "x", "").letter())
                .containsExactly("A", "M", "Z", "AA", "BR", "ZZ", "AAA");
    }
}
