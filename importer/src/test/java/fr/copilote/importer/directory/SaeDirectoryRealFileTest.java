package fr.copilote.importer.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.csv.FileInspector;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.row.WholeFile;
import fr.copilote.model.testing.SharedData;
import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.LegalStatus;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official DREES SAE 2023 directory, read as published: ISO-8859-1, semicolons, 70 columns. */
class SaeDirectoryRealFileTest {

    private static WholeFile<Establishment> directory;
    private static Map<Finess, Establishment> bySite;

    @BeforeAll
    static void readTheRealFile() {
        Path file = SharedData.require("sae-2023/ID_2023r.csv");
        directory = WholeFile.read(file, InputKind.ANNUAIRE.columns(), new SiteValidator());
        bySite = directory.values().stream().collect(Collectors.toMap(Establishment::finess, Function.identity()));
    }

    @Test
    void readsAll3975EstablishmentsWithoutReject() {
        assertThat(directory.rowsRead()).isEqualTo(3975);
        assertThat(directory.rejected()).isEmpty();
    }

    @Test
    void keepsFinessAsNineCharacterNumbersWithTheirLeadingZeros() {
        assertThat(directory.values()).allSatisfy(site -> {
            assertThat(site.finess().value()).hasSize(9);
            assertThat(site.legalEntity().value()).hasSize(9);
        });
        assertThat(bySite).containsKey(new Finess("010000024"));
    }

    @Test
    void decodesAccentsOfTheLatin1File() {
        assertThat(FileInspector.inspect(SharedData.require("sae-2023/ID_2023r.csv")).charset())
                .isEqualTo(FileInspector.WINDOWS_1252);
        assertThat(bySite.get(new Finess("020000097")).name()).isEqualTo("CH LA FÈRE");
        assertThat(bySite.get(new Finess("020000105")).name()).isEqualTo("CH LE NOUVION-EN-THIÉRACHE");
    }

    @Test
    void readsTheLegalStatusOfEverySite() {
        // stjr of the 2023 base: 1 428 public sites, 1 288 private non-profit, 1 259 private for-profit.
        Map<LegalStatus, Long> byStatus = directory.values().stream()
                .collect(Collectors.groupingBy(Establishment::legalStatus, Collectors.counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(LegalStatus.PUBLIC, 1428L,
                LegalStatus.PRIVATE_NON_PROFIT, 1288L, LegalStatus.PRIVATE_FOR_PROFIT, 1259L));
        assertThat(bySite.get(new Finess("420782559")).legalStatus()).isEqualTo(LegalStatus.PUBLIC);
    }

    @Test
    void mapsSitesToTheirLegalEntity() {
        assertThat(bySite.get(new Finess("590811279")).legalEntity()).isEqualTo(new Finess("590780193"));
        assertThat(bySite.get(new Finess("420782559")).legalEntity()).isEqualTo(new Finess("420784878"));
    }
}
