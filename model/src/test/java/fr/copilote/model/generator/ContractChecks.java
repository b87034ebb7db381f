package fr.copilote.model.generator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.convention.ConventionStatus;
import fr.copilote.model.convention.Rpps;
import fr.copilote.model.convention.SharingMode;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** The data contract's rules, checked on a generated folder whatever the data set. */
final class ContractChecks {

    static final List<String> GENERATED_FILES = List.of("territoires.csv", "conventions.csv", "activite.csv",
            "ID_2023r.csv", "ST_2023r.csv", "FR_healthcare.csv");

    private ContractChecks() {
    }

    static void assertSameBytes(Path first, Path second) throws IOException {
        for (String file : GENERATED_FILES) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    static void assertContractFilesAreUtf8WithLfAndNoBom(Path folder) throws IOException {
        for (String file : List.of("territoires.csv", "conventions.csv", "activite.csv")) {
            byte[] bytes = Files.readAllBytes(folder.resolve(file));
            assertThat(bytes[0]).as(file + " sans BOM").isNotEqualTo((byte) 0xEF);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(file).doesNotContain("\r").endsWith("\n");
        }
    }

    /** Every FINESS the contract files name is a site ({@code fi}) or a legal entity ({@code fi_ej}) of the generated ID file. */
    static void assertEveryFinessIsInDirectory(Path folder) throws IOException {
        CsvFile directory = CsvFile.sae(folder.resolve("ID_2023r.csv"));
        Set<String> known = new HashSet<>(directory.column("fi"));
        known.addAll(directory.column("fi_ej"));
        Set<String> named = new HashSet<>(CsvFile.contract(folder.resolve("territoires.csv")).column("finess"));
        CsvFile conventions = CsvFile.contract(folder.resolve("conventions.csv"));
        named.addAll(conventions.column("origin_finess"));
        named.addAll(conventions.column("host_finess"));
        named.addAll(CsvFile.contract(folder.resolve("activite.csv")).column("finess"));
        assertThat(known).containsAll(named);
        named.forEach(Finess::of);
    }

    static void assertTerritoriesParse(Path folder) throws IOException {
        CsvFile territories = CsvFile.contract(folder.resolve("territoires.csv"));
        assertThat(territories.header()).containsExactly(TerritoriesFile.HEADER);
        for (CSVRecord row : territories.rows()) {
            TerritoryCode.of(row.get("territory_code"));
            Finess.of(row.get("finess"));
            MembershipRole.valueOf(row.get("role"));
            assertThat(row.get("territory_name")).isNotBlank();
        }
    }

    static void assertConventionsParse(Path folder) throws IOException {
        CsvFile conventions = CsvFile.contract(folder.resolve("conventions.csv"));
        assertThat(conventions.header()).containsExactly(ConventionsFile.HEADER);
        Set<String> ids = new HashSet<>();
        for (CSVRecord row : conventions.rows()) {
            assertThat(ids.add(ConventionId.of(row.get("convention_id")).value())).as("identifiant unique").isTrue();
            assertThat(Finess.of(row.get("origin_finess"))).isNotEqualTo(Finess.of(row.get("host_finess")));
            Rpps.of(row.get("practitioner_rpps"));
            assertThat(row.get("specialty")).isNotBlank();
            CarePathway.valueOf(row.get("care_pathway"));
            SharingMode.valueOf(row.get("sharing_mode"));
            ConventionStatus.valueOf(row.get("status"));
            BigDecimal halfDays = new BigDecimal(row.get("half_days_per_week"));
            assertThat(halfDays).isGreaterThan(BigDecimal.ZERO).isLessThanOrEqualTo(BigDecimal.TEN);
            assertThat(halfDays.remainder(new BigDecimal("0.5"))).isEqualByComparingTo(BigDecimal.ZERO);
            LocalDate start = LocalDate.parse(row.get("start_date"));
            if (!row.get("end_date").isEmpty()) {
                assertThat(start).isBeforeOrEqualTo(LocalDate.parse(row.get("end_date")));
            }
            assertThat(new BigDecimal(row.get("annual_refund_eur")).scale()).isEqualTo(2);
        }
    }

    /**
     * Every row parses with the domain's value objects, names declared territories and conventions, and
     * the file is sorted by period, FINESS, pathway, type, patient territory, convention.
     */
    static void assertActivityParsesAndIsSorted(Path folder) throws IOException {
        Set<String> territories = new HashSet<>(CsvFile.contract(folder.resolve("territoires.csv")).column("territory_code"));
        Set<String> conventions = new HashSet<>(CsvFile.contract(folder.resolve("conventions.csv")).column("convention_id"));
        CsvFile activity = CsvFile.contract(folder.resolve("activite.csv"));
        assertThat(activity.header()).containsExactly(ActivityFile.HEADER);
        String previous = "";
        for (CSVRecord row : activity.rows()) {
            Period.parse(row.get("period"));
            Finess.of(row.get("finess"));
            CarePathway.valueOf(row.get("care_pathway"));
            ActivityType.valueOf(row.get("activity_type"));
            assertThat(Long.parseLong(row.get("volume"))).isNotNegative();
            for (String amount : List.of(row.get("revenue_eur"), row.get("direct_cost_eur"))) {
                assertThat(amount).matches("\\d+\\.\\d{2}");
            }
            if (!row.get("patient_territory").isEmpty()) {
                assertThat(territories).contains(TerritoryCode.of(row.get("patient_territory")).value());
            }
            if (!row.get("convention_id").isEmpty()) {
                assertThat(conventions).contains(ConventionId.of(row.get("convention_id")).value());
            }
            String key = String.join("\u0000", row.get("period"), row.get("finess"), row.get("care_pathway"),
                    row.get("activity_type"), row.get("patient_territory"), row.get("convention_id"));
            assertThat(key).as("ligne " + row.getRecordNumber() + " triée").isGreaterThan(previous);
            previous = key;
        }
    }

    /** The generated directory's header and every data line are lines of the real files, bytes included. */
    static void assertDirectoryLinesComeFromTheRealFiles(Path folder, Path realData) throws IOException {
        assertLinesComeFrom(folder.resolve("ID_2023r.csv"), realData.resolve("sae-2023/ID_2023r.csv"));
        assertLinesComeFrom(folder.resolve("ST_2023r.csv"), realData.resolve("sae-2023/ST_2023r.csv"));
        assertLinesComeFrom(folder.resolve("FR_healthcare.csv"), realData.resolve("geo/FR_healthcare.csv"));
    }

    /** The SAE bases shipped beside the directory: the published header, and lines of the real bases only. */
    static void assertStatisticsLinesComeFromTheRealFiles(Path folder, Path realData) throws IOException {
        for (String base : List.of("MCO_2023r.csv", "URGENCES2_2023r.csv", "PERINAT_2023r.csv", "SSR_2023r.csv", "Q21_2023r.csv")) {
            assertLinesComeFrom(folder.resolve(base), realData.resolve("sae-2023/" + base));
        }
    }

    private static void assertLinesComeFrom(Path generated, Path real) throws IOException {
        List<String> realLines = linesWithTerminator(real);
        List<String> lines = linesWithTerminator(generated);
        assertThat(lines).as(generated.toString()).hasSizeGreaterThan(1);
        assertThat(lines.get(0)).isEqualTo(realLines.get(0));
        assertThat(new HashSet<>(realLines)).as(generated.toString()).containsAll(lines);
    }

    /** ISO-8859-1 maps each byte to one char, so equal strings mean equal bytes whatever the file's encoding. */
    private static List<String> linesWithTerminator(Path file) throws IOException {
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < content.length()) {
            int end = content.indexOf('\n', start);
            int next = end < 0 ? content.length() : end + 1;
            lines.add(content.substring(start, next));
            start = next;
        }
        return lines;
    }
}
