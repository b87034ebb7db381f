package fr.copilote.scheduler.consolidation;

import static fr.copilote.model.indicator.Indicator.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.generator.DataGenerator;
import fr.copilote.model.generator.GeneratorSettings;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.store.ConsolidationStore;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On generated data of several seeds, every territory's totals are the sum of its counted members (minus the
 * eliminated internal flows for the consolidated balance), and its activity equals what a direct SQL sum over
 * the activity table gives for those members — a second path to the same figures.
 */
@CopiloteTest
class ConsolidationInvariantTests {

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

    @ParameterizedTest(name = "graine {0}")
    @ValueSource(longs = {1, 7, 2024})
    void territoryTotalsAreTheSumOfTheirCountedMembers(long seed) throws Exception {
        Path input = work.resolve("entrees");
        DataGenerator.generate(GeneratorSettings.nationalScale(seed, 6, 40, 150, 18, YearMonth.of(2024, 12), 15_000, null), input);
        JobExecution run = launcher.launch(LocalDate.of(2024, 12, 31), input, work.resolve("sorties"), List.of());
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        ConsolidationStore.Run consolidation = store.runOf(run.getId()).orElseThrow();

        for (TerritoryCode code : store.territories(consolidation)) {
            TerritoryConsolidation territory = store.load(consolidation, code);
            List<Finess> counted = territory.perimeter().countedEntities();
            for (PeriodScope scope : List.of(PeriodScope.AT_DATE, PeriodScope.YEAR_TO_DATE, PeriodScope.ROLLING_12)) {
                for (Indicator indicator : List.of(SHARED_FTE_INCOMING, SHARED_FTE_OUTGOING)) {
                    assertThat(total(territory, indicator, scope)).as(code + " " + indicator + " " + scope)
                            .isCloseTo(sumOfMembers(territory, indicator, scope, counted), within(1e-6));
                }
            }
            for (PeriodScope scope : List.of(PeriodScope.YEAR_TO_DATE, PeriodScope.ROLLING_12)) {
                double received = total(territory, REFUNDS_RECEIVED, scope);
                double paid = total(territory, REFUNDS_PAID, scope);
                double eliminations = total(territory, ELIMINATIONS, scope);
                assertThat(received).isCloseTo(sumOfMembers(territory, REFUNDS_RECEIVED, scope, counted), within(0.01));
                assertThat(paid).isCloseTo(sumOfMembers(territory, REFUNDS_PAID, scope, counted), within(0.01));
                assertThat(total(territory, NET_BALANCE, scope)).as(code + " solde " + scope)
                        .isCloseTo((received - eliminations) - (paid - eliminations), within(0.01));
                // The flow matrix rounds each pair to the cent, the balance each member: they agree within half a
                // cent per rounded term.
                long terms = territory.values().stream().filter(v -> v.indicator() == FLOW_REFUND && v.scope() == scope).count()
                        + 2L * counted.size();
                assertThat(total(territory, NET_BALANCE, scope)).as(code + " solde = flux externes, " + scope)
                        .isCloseTo(externalFlows(territory, scope, counted), within(0.005 * terms));
            }
            if (!counted.isEmpty()) {
                long direct = directYearToDateVolume(counted);
                assertThat(activityTotal(territory, PeriodScope.YEAR_TO_DATE, true)).as(code + " activité du cumul annuel, par filière")
                        .isEqualTo(direct);
                assertThat(activityTotal(territory, PeriodScope.YEAR_TO_DATE, false)).as(code + " activité du cumul annuel, par type")
                        .isEqualTo(direct);
            }
        }
    }

    @Test
    void workbooksReadEveryStoredFigureButTheEstablishmentsBreakdownsByPathway() throws Exception {
        Path input = work.resolve("entrees");
        DataGenerator.generate(GeneratorSettings.nationalScale(1, 6, 40, 150, 18, YearMonth.of(2024, 12), 15_000, null), input);
        JobExecution run = launcher.launch(LocalDate.of(2024, 12, 31), input, work.resolve("sorties"), List.of());
        ConsolidationStore.Run consolidation = store.runOf(run.getId()).orElseThrow();

        for (TerritoryCode code : store.territories(consolidation)) {
            List<IndicatorValue> stored = store.load(consolidation, code).values();
            List<IndicatorValue> read = store.loadWithoutEstablishmentPathways(consolidation, code).values();
            assertThat(read).as(code.value()).containsExactlyInAnyOrderElementsOf(stored.stream()
                    .filter(v -> v.entity() == null || v.pathway() == null).toList());
            assertThat(read).as(code.value()).hasSizeLessThan(stored.size());
        }
    }

    private static double total(TerritoryConsolidation territory, Indicator indicator, PeriodScope scope) {
        return territory.values().stream()
                .filter(v -> v.indicator() == indicator && v.scope() == scope && v.entity() == null && v.pathway() == null
                        && v.detail() == null)
                .mapToDouble(v -> v.value().doubleValue()).sum();
    }

    private static double sumOfMembers(TerritoryConsolidation territory, Indicator indicator, PeriodScope scope, List<Finess> counted) {
        return territory.values().stream()
                .filter(v -> v.indicator() == indicator && v.scope() == scope && counted.contains(v.entity()) && v.pathway() == null)
                .mapToDouble(v -> v.value().doubleValue()).sum();
    }

    /** External refunds: received from outside minus paid to outside, from the flow matrix. */
    private static double externalFlows(TerritoryConsolidation territory, PeriodScope scope, List<Finess> counted) {
        double net = 0;
        for (IndicatorValue flow : territory.values()) {
            if (flow.indicator() == FLOW_REFUND && flow.scope() == scope && "EXTERNE".equals(flow.detail())) {
                if (counted.contains(flow.entity())) {
                    net += flow.value().doubleValue();
                }
                if (counted.contains(flow.counterpart())) {
                    net -= flow.value().doubleValue();
                }
            }
        }
        return net;
    }

    /** The territory's volume summed from its values by pathway and type, or from its values by type over all pathways. */
    private static long activityTotal(TerritoryConsolidation territory, PeriodScope scope, boolean byPathway) {
        return territory.values().stream()
                .filter(v -> v.indicator() == ACTIVITY_VOLUME && v.scope() == scope && v.entity() == null
                        && (v.pathway() != null) == byPathway)
                .map(IndicatorValue::value).reduce(BigDecimal.ZERO, BigDecimal::add).longValueExact();
    }

    private long directYearToDateVolume(List<Finess> counted) {
        String entities = counted.stream().map(f -> "'" + f.value() + "'").collect(Collectors.joining(","));
        Long volume = jdbc.queryForObject("SELECT SUM(volume) FROM activity WHERE legal_entity IN (" + entities
                + ") AND period BETWEEN ? AND ?", Long.class, Date.valueOf("2024-01-01"), Date.valueOf("2024-12-01"));
        return Objects.requireNonNullElse(volume, 0L);
    }
}
