package fr.copilote.model.generator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.GeoPoint;
import fr.copilote.model.territory.MembershipRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A national-scale data set at small scale, without real data: fully synthetic establishments. */
class NationalScaleGenerationTest {

    private static final GeneratorSettings SMALL = GeneratorSettings.nationalScale(7, 10, 100, 300, 12,
            YearMonth.of(2024, 12), 50_000, null);

    @TempDir
    static Path folder;
    static GenerationSummary summary;

    @BeforeAll
    static void generate() throws IOException {
        summary = DataGenerator.generate(SMALL, folder);
    }

    @Test
    void writesTheRequestedNumbersOfEstablishmentsConventionsAndRows() throws IOException {
        CsvFile territories = CsvFile.contract(folder.resolve("territoires.csv"));
        assertThat(new HashSet<>(territories.column("territory_code"))).hasSize(10);
        assertThat(new HashSet<>(territories.column("finess"))).hasSize(100);
        assertThat(summary.conventionRows()).isEqualTo(300);
        assertThat(CsvFile.contract(folder.resolve("conventions.csv")).rows()).hasSize(300);
        assertThat(summary.activityRows()).isBetween(49_500L, 50_500L);
        assertThat(Files.readAllLines(folder.resolve("activite.csv"))).hasSize((int) summary.activityRows() + 1);
        assertThat(new HashSet<>(CsvFile.contract(folder.resolve("activite.csv")).column("period")))
                .hasSize(12).contains("2024-01", "2024-12");
    }

    @Test
    void sameSeedWritesIdenticalFiles(@TempDir Path again) throws IOException {
        DataGenerator.generate(SMALL, again);
        ContractChecks.assertSameBytes(folder, again);
    }

    @Test
    void anotherSeedWritesOtherFiles(@TempDir Path other) throws IOException {
        DataGenerator.generate(GeneratorSettings.nationalScale(8, 10, 100, 300, 12, YearMonth.of(2024, 12), 50_000, null), other);
        assertThat(Files.mismatch(folder.resolve("conventions.csv"), other.resolve("conventions.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void everyFinessIsValidAndInTheGeneratedDirectory() throws IOException {
        ContractChecks.assertEveryFinessIsInDirectory(folder);
        CsvFile directory = CsvFile.sae(folder.resolve("ID_2023r.csv"));
        assertThat(directory.header()).contains("bor", "an", "fi", "rs", "fi_ej", "cat", "dep", "NOMCOM");
        for (CSVRecord site : directory.rows()) {
            assertThat(Finess.isValid(site.get("fi"))).as(site.get("fi")).isTrue();
            assertThat(Finess.isValid(site.get("fi_ej"))).as(site.get("fi_ej")).isTrue();
            assertThat(site.get("fi")).startsWith(site.get("dep"));
            assertThat(site.get("dep")).isNotEqualTo("20");
        }
    }

    @Test
    void everyRowFollowsTheDataContract() throws IOException {
        ContractChecks.assertContractFilesAreUtf8WithLfAndNoBom(folder);
        ContractChecks.assertTerritoriesParse(folder);
        ContractChecks.assertConventionsParse(folder);
        ContractChecks.assertActivityParsesAndIsSorted(folder);
    }

    @Test
    void eachTerritoryHasOneSupportMostlyMembersSomePartnersAndAFewSharedEstablishments() throws IOException {
        List<CSVRecord> memberships = CsvFile.contract(folder.resolve("territoires.csv")).rows();
        Map<String, Long> supports = memberships.stream().filter(row -> row.get("role").equals("SUPPORT"))
                .collect(Collectors.groupingBy(row -> row.get("territory_code"), Collectors.counting()));
        assertThat(supports).hasSize(10).allSatisfy((territory, count) -> assertThat(count).isEqualTo(1));
        long partners = memberships.stream().filter(row -> row.get("role").equals(MembershipRole.PARTNER.name())).count();
        assertThat(partners).isBetween(3L, 25L);
        Map<String, Long> territoriesPerEstablishment = memberships.stream()
                .collect(Collectors.groupingBy(row -> row.get("finess"), Collectors.counting()));
        assertThat(territoriesPerEstablishment.values().stream().filter(count -> count == 2)).isNotEmpty();
    }

    @Test
    void conventionsStayMostlyWithinTerritoriesWithSomeAcross() throws IOException {
        Map<String, Set<String>> territoriesOf = new HashMap<>();
        CsvFile.contract(folder.resolve("territoires.csv")).rows().forEach(row ->
                territoriesOf.computeIfAbsent(row.get("finess"), key -> new HashSet<>()).add(row.get("territory_code")));
        long across = CsvFile.contract(folder.resolve("conventions.csv")).rows().stream()
                .filter(row -> territoriesOf.get(row.get("origin_finess")).stream()
                        .noneMatch(territoriesOf.get(row.get("host_finess"))::contains))
                .count();
        assertThat(across).isBetween(10L, 60L);
    }

    @Test
    void synthesisedCoordinatesLieInMetropolitanFrance() throws IOException {
        CsvFile coordinates = CsvFile.coordinates(folder.resolve("FR_healthcare.csv"));
        assertThat(coordinates.header()).contains("id", "hospital_name", "site_name", "lat", "lon");
        assertThat(coordinates.rows()).hasSize(100).allSatisfy(row -> {
            assertThat(row.get("id")).doesNotStartWith("0");
            assertThat(Finess.isValid(Finess.ofLeftPadded(row.get("id")).value())).isTrue();
            GeoPoint point = new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")));
            assertThat(MetropolitanFrance.contains(point)).as(point.toString()).isTrue();
        });
    }
}
