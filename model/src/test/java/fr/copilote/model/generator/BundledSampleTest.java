package fr.copilote.model.generator;

import fr.copilote.model.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.GeoPoint;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample, built from the real public data: skipped, with the reason, when those are absent. */
class BundledSampleTest {

    private static final LocalDate END_OF_WINDOW = LocalDate.of(2024, 12, 31);
    private static final Set<String> CHRU_LILLE = Set.of("590780193", "590000105", "590006607", "590045407", "590060901",
            "590784864", "590784898", "590787586", "590791091", "590791653", "590796975", "590811279");

    @TempDir
    static Path folder;
    static Path realData;
    static List<CSVRecord> conventions;
    static List<CSVRecord> activity;

    /** Per test rather than per class, so that each skipped test shows why; the sample is generated once. */
    @BeforeEach
    void generateOnce() throws IOException {
        realData = SharedData.requireFolder();
        if (activity == null) {
            DataGenerator.generate(GeneratorSettings.bundledSample(realData), folder);
            conventions = CsvFile.contract(folder.resolve("conventions.csv")).rows();
            activity = CsvFile.contract(folder.resolve("activite.csv")).rows();
        }
    }

    @Test
    void sameSeedWritesIdenticalFiles(@TempDir Path again) throws IOException {
        DataGenerator.generate(GeneratorSettings.bundledSample(realData), again);
        ContractChecks.assertSameBytes(folder, again);
    }

    @Test
    void everyRowFollowsTheDataContract() throws IOException {
        ContractChecks.assertContractFilesAreUtf8WithLfAndNoBom(folder);
        ContractChecks.assertTerritoriesParse(folder);
        ContractChecks.assertConventionsParse(folder);
        ContractChecks.assertActivityParsesAndIsSorted(folder);
    }

    @Test
    void everyFinessOfTheSampleIsInTheGeneratedDirectory() throws IOException {
        ContractChecks.assertEveryFinessIsInDirectory(folder);
    }

    @Test
    void territoriesAreTheFiveCooperationsWithTheirRealMembers() throws IOException {
        List<CSVRecord> memberships = CsvFile.contract(folder.resolve("territoires.csv")).rows();
        assertThat(memberships).hasSize(25);
        assertThat(memberships.stream().map(row -> row.get("territory_code")).distinct())
                .containsExactlyInAnyOrder("G4-LOIRE-SUD", "STE-ROANNE", "HCL-VIENNE", "LILLE", "SUD-HAUT-MARNAIS");
        assertThat(memberships.stream().filter(row -> row.get("role").equals("SUPPORT")).map(row -> row.get("finess")))
                .containsExactlyInAnyOrder("420784878", "420784878", "690781810", "590780193", "520000027");
        assertThat(memberships.stream().filter(row -> row.get("role").equals("PARTNER")).map(row -> row.get("finess")))
                .containsExactlyInAnyOrder("520780214", "520780156", "210780581");
        assertThat(memberships.stream().filter(row -> row.get("territory_code").equals("G4-LOIRE-SUD")).map(row -> row.get("finess")))
                .contains("420000226", "420000267");
    }

    @Test
    void lilleHas207ConventionsWith129IncomingAnd78Outgoing() {
        List<CSVRecord> lille = conventions.stream().filter(involves(CHRU_LILLE)).toList();
        assertThat(lille).hasSize(207).allSatisfy(row -> assertThat(row.get("convention_id")).startsWith("LIL-"));
        assertThat(lille.stream().filter(row -> CHRU_LILLE.contains(row.get("host_finess")))).hasSize(129);
        assertThat(lille.stream().filter(row -> CHRU_LILLE.contains(row.get("origin_finess")))).hasSize(78);
        Set<String> partners = Set.of("590000618", "620000257", "620000034", "620000323", "620000653", "590000337",
                "590001004", "590801106", "590804696");
        assertThat(lille).allSatisfy(row -> assertThat(partners).containsAnyOf(row.get("origin_finess"), row.get("host_finess")));
    }

    @Test
    void everyLilleConventionIsSignedAndInForceOnTheLastDayOfTheWindowAFewToRenewSoon() {
        List<CSVRecord> lille = conventions.stream().filter(involves(CHRU_LILLE)).toList();
        assertThat(lille).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("SIGNEE");
            assertThat(inForce(row)).as(row.get("convention_id")).isTrue();
        });
        assertThat(lille.stream().filter(BundledSampleTest::endsWithin90Days).count()).isBetween(3L, 15L);
    }

    @Test
    void otherCooperationsHaveAFewDozenConventionsInEverySituation() {
        for (String prefix : List.of("G4-", "STR-", "HCL-", "SHM-")) {
            List<CSVRecord> cooperation = conventions.stream().filter(row -> row.get("convention_id").startsWith(prefix)).toList();
            assertThat(cooperation).as(prefix).hasSizeBetween(20, 40);
            assertThat(cooperation.stream().filter(row -> row.get("status").equals("SIGNEE") && inForce(row)).count())
                    .as(prefix + " en vigueur").isGreaterThan(cooperation.size() / 2);
            assertThat(cooperation).as(prefix).anyMatch(row -> row.get("status").equals("EN_PROJET"))
                    .anyMatch(row -> row.get("status").equals("RESILIEE"))
                    .anyMatch(row -> !row.get("end_date").isEmpty() && row.get("end_date").compareTo("2024-01-01") < 0)
                    .anyMatch(BundledSampleTest::endsWithin90Days);
        }
        assertThat(conventions.stream().filter(row -> row.get("convention_id").startsWith("HCL-")).map(row -> row.get("sharing_mode")))
                .containsOnly("VACATION", "CONSULTATION_AVANCEE", "TELEEXPERTISE");
    }

    @Test
    void exactlyOnePractitionerRunsConventionsAboveTenHalfDaysAWeek() {
        Map<String, BigDecimal> halfDays = conventions.stream().filter(row -> row.get("status").equals("SIGNEE") && inForce(row))
                .collect(Collectors.groupingBy(row -> row.get("practitioner_rpps"),
                        Collectors.reducing(BigDecimal.ZERO, row -> new BigDecimal(row.get("half_days_per_week")), BigDecimal::add)));
        assertThat(halfDays.values().stream().filter(total -> total.compareTo(BigDecimal.TEN) > 0)).hasSize(1);
        Map<String, Long> conventionsPerPractitioner = conventions.stream()
                .collect(Collectors.groupingBy(row -> row.get("practitioner_rpps"), Collectors.counting()));
        assertThat(conventionsPerPractitioner.values().stream().filter(count -> count > 1)).hasSizeGreaterThan(10);
    }

    @Test
    void someConventionsLinkEstablishmentsLessThan20KmApartAndManyFurther() throws IOException {
        EstablishmentDirectory directory = generatedDirectory();
        List<Double> distances = conventions.stream().map(row -> directory.positionOf(Finess.of(row.get("origin_finess"))).orElseThrow()
                .distanceKmTo(directory.positionOf(Finess.of(row.get("host_finess"))).orElseThrow())).toList();
        assertThat(distances.stream().filter(km -> km < 20)).hasSizeGreaterThan(10);
        assertThat(distances.stream().filter(km -> km >= 20)).hasSizeGreaterThan(distances.size() / 2);
        GeoPoint gier = directory.positionOf(Finess.of("420780637")).orElseThrow();
        GeoPoint hopitalNord = directory.positionOf(Finess.of("420785354")).orElseThrow();
        assertThat(gier.distanceKmTo(hopitalNord)).isLessThan(20);
    }

    @Test
    void directoryFilesAreLinesOfTheRealFilesByteForByte() throws IOException {
        ContractChecks.assertDirectoryLinesComeFromTheRealFiles(folder, realData);
    }

    @Test
    void saeBasesOfTheSampleEstablishmentsShipAsPublishedLinesOfTheirLegalEntitiesOnly() throws IOException {
        ContractChecks.assertStatisticsLinesComeFromTheRealFiles(folder, realData);
        Set<String> entities = new HashSet<>(CsvFile.sae(folder.resolve("ID_2023r.csv")).column("fi_ej"));
        for (String base : List.of("MCO_2023r.csv", "URGENCES2_2023r.csv", "PERINAT_2023r.csv", "SSR_2023r.csv", "Q21_2023r.csv")) {
            CsvFile published = CsvFile.sae(folder.resolve(base));
            assertThat(published.column("FI_EJ")).as(base).isNotEmpty().allSatisfy(entity -> assertThat(entities).contains(entity));
            assertThat(Files.size(folder.resolve(base))).as(base).isLessThan(200_000);
        }
        // The CHU of Saint-Étienne's emergency units, each of its sites: 102 667 passages in 2023, as the capacity sheet adds them.
        double passages = CsvFile.sae(folder.resolve("URGENCES2_2023r.csv")).rows().stream()
                .filter(row -> row.get("FI_EJ").equals("420784878")).mapToDouble(row -> Double.parseDouble(row.get("PASSU"))).sum();
        assertThat(passages).isEqualTo(102_667);
    }

    @Test
    void directoryKeepsEverySiteOfEachInvolvedLegalEntity() throws IOException {
        CsvFile sites = CsvFile.sae(folder.resolve("ID_2023r.csv"));
        Set<String> kept = new HashSet<>(sites.column("fi"));
        assertThat(kept).containsAll(CHRU_LILLE.stream().filter(finess -> !finess.equals("590780193")).toList());
        assertThat(kept).contains("420000226", "420000267", "420785354", "260020078", "210986089", "210987558");
        Map<String, String> entityOf = new HashMap<>();
        sites.rows().forEach(row -> entityOf.put(row.get("fi"), row.get("fi_ej")));
        assertThat(entityOf.get("420000226")).isEqualTo("420013831");
        assertThat(entityOf.get("420000267")).isEqualTo("420013831");
        assertThat(CsvFile.sae(folder.resolve("ST_2023r.csv")).column("FI")).contains("420013831", "590780193", "690781810")
                .allSatisfy(entity -> assertThat(entityOf).containsValue(entity));
    }

    @Test
    void yearlyActivityOf2023IsAnchoredOnSae2023() throws IOException {
        Map<String, CSVRecord> mco = new HashMap<>();
        CsvFile.sae(realData.resolve("sae-2023/MCO_2023r.csv")).rows().forEach(row -> mco.put(row.get("FI"), row));
        CSVRecord roanne = mco.get("420000010");
        assertThat(sum("420000010", "2023", "SEJOUR_HC", row -> !row.get("care_pathway").equals("SSR")))
                .isCloseTo(Double.parseDouble(roanne.get("SEJHC_MCO")), within(0.05 * Double.parseDouble(roanne.get("SEJHC_MCO"))));
        double averageStay = sum("420000010", "2023", "JOURNEE", row -> !row.get("care_pathway").equals("SSR"))
                / sum("420000010", "2023", "SEJOUR_HC", row -> !row.get("care_pathway").equals("SSR"));
        double saeAverageStay = Double.parseDouble(roanne.get("JOU_MCO")) / Double.parseDouble(roanne.get("SEJHC_MCO"));
        assertThat(averageStay).isCloseTo(saeAverageStay, within(0.05 * saeAverageStay));

        double lilleStays = CHRU_LILLE.stream().filter(mco::containsKey)
                .mapToDouble(site -> Double.parseDouble(mco.get(site).get("SEJHC_MCO"))).sum();
        assertThat(sum("590780193", "2023", "SEJOUR_HC", row -> !row.get("care_pathway").equals("SSR")))
                .isCloseTo(lilleStays, within(0.05 * lilleStays));
    }

    @Test
    void everyListedEstablishmentHasActivityInEachOfTheTwentyFourMonths() throws IOException {
        Set<String> listed = new HashSet<>(CsvFile.contract(folder.resolve("territoires.csv")).column("finess"));
        Map<String, Set<String>> months = new HashMap<>();
        activity.stream().filter(row -> row.get("convention_id").isEmpty())
                .forEach(row -> months.computeIfAbsent(row.get("finess"), key -> new HashSet<>()).add(row.get("period")));
        assertThat(months.keySet()).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(months.values()).allSatisfy(periods -> assertThat(periods).hasSize(24));
    }

    @Test
    void consultationsAvanceesAreTracedToTheirSignedConventionWhileItRuns() {
        Map<String, CSVRecord> byId = new HashMap<>();
        conventions.forEach(row -> byId.put(row.get("convention_id"), row));
        List<CSVRecord> traced = activity.stream().filter(row -> !row.get("convention_id").isEmpty()).toList();
        assertThat(traced).isNotEmpty().allSatisfy(row -> {
            CSVRecord convention = byId.get(row.get("convention_id"));
            assertThat(convention.get("status")).isEqualTo("SIGNEE");
            assertThat(convention.get("sharing_mode")).isEqualTo("CONSULTATION_AVANCEE");
            assertThat(row.get("finess")).isEqualTo(convention.get("host_finess"));
            assertThat(row.get("activity_type")).isEqualTo("CONSULTATION");
            assertThat(row.get("period") + "-31").isGreaterThanOrEqualTo(convention.get("start_date"));
            if (!convention.get("end_date").isEmpty()) {
                assertThat(row.get("period") + "-01").isLessThanOrEqualTo(convention.get("end_date"));
            }
        });
    }

    @Test
    void patientsMostlyLiveInTheHomeTerritorySomeElsewhereAFewUnknown() throws IOException {
        Map<String, String> home = new HashMap<>();
        CsvFile.contract(folder.resolve("territoires.csv")).rows().forEach(row -> home.putIfAbsent(row.get("finess"), row.get("territory_code")));
        long total = 0;
        long atHome = 0;
        long unknown = 0;
        for (CSVRecord row : activity) {
            long volume = Long.parseLong(row.get("volume"));
            total += volume;
            atHome += row.get("patient_territory").equals(home.get(row.get("finess"))) ? volume : 0;
            unknown += row.get("patient_territory").isEmpty() ? volume : 0;
        }
        assertThat((double) atHome / total).isBetween(0.80, 0.97);
        assertThat((double) unknown / total).isBetween(0.0005, 0.05);
        assertThat(home.get("420784878")).isEqualTo("G4-LOIRE-SUD");
    }

    @Test
    void amountsArePlausibleForEachKindOfActivity() {
        for (CSVRecord row : activity) {
            BigDecimal revenue = new BigDecimal(row.get("revenue_eur"));
            BigDecimal cost = new BigDecimal(row.get("direct_cost_eur"));
            if (row.get("activity_type").equals("JOURNEE") && !row.get("care_pathway").equals("SSR")) {
                assertThat(revenue).isZero();
            }
            if (revenue.compareTo(BigDecimal.valueOf(100)) >= 0) {
                assertThat(cost.doubleValue() / revenue.doubleValue()).isBetween(0.799, 1.051);
            }
        }
    }

    @Test
    void sampleStaysSmallEnoughToShip() throws IOException {
        assertThat(Files.size(folder.resolve("activite.csv"))).isLessThan(3_000_000);
        assertThat(activity).hasSizeBetween(10_000, 30_000);
    }

    private static Predicate<CSVRecord> involves(Set<String> establishments) {
        return row -> establishments.contains(row.get("origin_finess")) || establishments.contains(row.get("host_finess"));
    }

    private static boolean inForce(CSVRecord row) {
        return !LocalDate.parse(row.get("start_date")).isAfter(END_OF_WINDOW)
                && (row.get("end_date").isEmpty() || !LocalDate.parse(row.get("end_date")).isBefore(END_OF_WINDOW));
    }

    private static boolean endsWithin90Days(CSVRecord row) {
        return !row.get("end_date").isEmpty() && LocalDate.parse(row.get("end_date")).isAfter(END_OF_WINDOW)
                && !LocalDate.parse(row.get("end_date")).isAfter(END_OF_WINDOW.plusDays(90));
    }

    private static double sum(String finess, String year, String type, Predicate<CSVRecord> filter) {
        return activity.stream().filter(row -> row.get("finess").equals(finess) && row.get("period").startsWith(year)
                        && row.get("activity_type").equals(type) && row.get("convention_id").isEmpty() && filter.test(row))
                .mapToLong(row -> Long.parseLong(row.get("volume"))).sum();
    }

    private static EstablishmentDirectory generatedDirectory() throws IOException {
        Map<Finess, GeoPoint> positions = new HashMap<>();
        CsvFile.coordinates(folder.resolve("FR_healthcare.csv")).rows().forEach(row -> positions.put(
                Finess.ofLeftPadded(row.get("id")), new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")))));
        List<Establishment> sites = new ArrayList<>();
        CsvFile.sae(folder.resolve("ID_2023r.csv")).rows().forEach(row -> sites.add(new Establishment(Finess.of(row.get("fi")),
                Finess.of(row.get("fi_ej")), row.get("rs"), row.get("cat"), row.get("dep"), row.get("NOMCOM"),
                positions.get(Finess.of(row.get("fi"))))));
        return new EstablishmentDirectory(2023, sites, Map.of());
    }
}
