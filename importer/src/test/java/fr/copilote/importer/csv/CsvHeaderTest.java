package fr.copilote.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvHeaderTest {

    private final ExpectedColumns expected = ExpectedColumns.exactly("territory_code", "territory_name", "finess", "role");

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
}
