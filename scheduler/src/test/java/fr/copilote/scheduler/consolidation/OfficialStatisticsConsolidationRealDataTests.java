package fr.copilote.scheduler.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.store.ConsolidationStore;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.model.testing.SharedData;
import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real SAE 2023 MCO base, imported as published and consolidated per département (each département a
 * territory of all the legal entities it numbers), gives the same beds, full-hospitalisation stays and days as
 * summing the file directly — computed here by a separate path: plain Java reading the raw file, grouping rows
 * by the département of their {@code FI_EJ}.
 */
@CopiloteTest
class OfficialStatisticsConsolidationRealDataTests {

    @Autowired
    NightlyLauncher launcher;

    @Autowired
    ConsolidationStore store;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
    }

    @Test
    void mcoBedsStaysAndDaysPerDepartementMatchTheFileSummedDirectly() throws IOException {
        Path directory = SharedData.require("sae-2023/ID_2023r.csv");
        Path mco = SharedData.require("sae-2023/MCO_2023r.csv");
        Path input = work.resolve("entrees");
        Files.createDirectories(input);
        Files.copy(directory, input.resolve("ID_2023r.csv"));
        Files.copy(mco, input.resolve("MCO_2023r.csv"));
        writeDepartementTerritories(directory, input.resolve("territoires.csv"));
        Files.writeString(input.resolve("conventions.csv"), "convention_id;origin_finess;host_finess;practitioner_rpps;specialty;"
                + "care_pathway;sharing_mode;half_days_per_week;start_date;end_date;annual_refund_eur;status\n");
        Files.writeString(input.resolve("activite.csv"), "period;finess;care_pathway;activity_type;volume;revenue_eur;"
                + "direct_cost_eur;patient_territory;convention_id\n");

        JobExecution run = launcher.launch(LocalDate.of(2023, 12, 31), input, work.resolve("sorties"), List.of());
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Map<String, long[]> expected = sumFilePerDepartement(mco);
        ConsolidationStore.Run consolidation = store.runOf(run.getId()).orElseThrow();
        assertThat(store.territories(consolidation)).hasSize(expected.size() + 1);
        long[] all = new long[3];
        for (Map.Entry<String, long[]> departement : expected.entrySet()) {
            TerritoryConsolidation territory = store.load(consolidation, new TerritoryCode("DEP-" + departement.getKey()));
            long[] sums = departement.getValue();
            assertThat(total(territory, Indicator.SAE_MCO_BEDS)).as("lits " + departement.getKey()).isEqualTo(sums[0]);
            assertThat(total(territory, Indicator.SAE_MCO_STAYS)).as("séjours " + departement.getKey()).isEqualTo(sums[1]);
            assertThat(total(territory, Indicator.SAE_MCO_DAYS)).as("journées " + departement.getKey()).isEqualTo(sums[2]);
            for (int i = 0; i < 3; i++) {
                all[i] += sums[i];
            }
        }
        TerritoryConsolidation everything = store.load(consolidation, new TerritoryCode("TOUS"));
        assertThat(total(everything, Indicator.SAE_MCO_STAYS)).as("séjours de la France entière").isEqualTo(all[1]);
        // CH de Fleyriat's legal entity (010780054) in the Ain: its 18,459 full-hospitalisation stays are among them.
        assertThat(entity(store.load(consolidation, new TerritoryCode("DEP-01")), Indicator.SAE_MCO_STAYS, "010780054"))
                .isGreaterThanOrEqualTo(18_459);
    }

    /** One territory per département (first two characters of the legal entity's FINESS), every entity a member. */
    private static void writeDepartementTerritories(Path directory, Path territories) throws IOException {
        TreeSet<String> entities = new TreeSet<>();
        List<String> lines = Files.readAllLines(directory, StandardCharsets.ISO_8859_1);
        int column = List.of(lines.get(0).split(";", -1)).indexOf("fi_ej");
        for (String line : lines.subList(1, lines.size())) {
            entities.add(line.split(";", -1)[column]);
        }
        StringBuilder out = new StringBuilder("territory_code;territory_name;finess;role\n");
        for (String entity : entities) {
            String departement = entity.substring(0, 2);
            out.append("DEP-").append(departement).append(";Département ").append(departement).append(';').append(entity)
                    .append(";MEMBER\n");
        }
        Files.writeString(territories, out.toString());
    }

    /** LIT_MCO, SEJHC_MCO, JOU_MCO summed per département of FI_EJ, straight from the raw file. */
    private static Map<String, long[]> sumFilePerDepartement(Path mco) throws IOException {
        List<String> lines = Files.readAllLines(mco, StandardCharsets.ISO_8859_1);
        List<String> header = List.of(lines.get(0).split(";", -1));
        int ej = header.indexOf("FI_EJ");
        int[] columns = {header.indexOf("LIT_MCO"), header.indexOf("SEJHC_MCO"), header.indexOf("JOU_MCO")};
        Map<String, long[]> sums = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            long[] departement = sums.computeIfAbsent(cells[ej].substring(0, 2), k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                departement[i] += cells[columns[i]].isEmpty() ? 0 : Long.parseLong(cells[columns[i]]);
            }
        }
        return sums;
    }

    private static long total(TerritoryConsolidation territory, Indicator indicator) {
        return territory.values().stream().filter(v -> v.indicator() == indicator && v.entity() == null)
                .map(IndicatorValue::value).reduce(BigDecimal.ZERO, BigDecimal::add).longValueExact();
    }

    private static long entity(TerritoryConsolidation territory, Indicator indicator, String finess) {
        return territory.values().stream().filter(v -> v.indicator() == indicator && v.entity() != null
                        && v.entity().value().equals(finess))
                .map(IndicatorValue::value).reduce(BigDecimal.ZERO, BigDecimal::add).longValueExact();
    }
}
