package fr.copilote.model.store;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ValueSink;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.statistics.OfficialYears;
import fr.copilote.model.statistics.StatisticSource;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Stores each run's consolidated figures and reads them back for the workbooks and the console. */
public class ConsolidationStore {

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    public ConsolidationStore(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** A stored run: its id, its calendar and the year of each official base it read. */
    public record Run(long id, Long jobExecutionId, ReportingCalendar calendar, OfficialYears officialYears) {
    }

    public Run startRun(Long jobExecutionId, ReportingCalendar calendar) {
        return startRun(jobExecutionId, calendar, OfficialYears.none());
    }

    public Run startRun(Long jobExecutionId, ReportingCalendar calendar, OfficialYears officialYears) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO consolidation_run (job_execution_id, business_date, reporting_month, created_at) VALUES (?, ?, ?, ?)")
                .params(jobExecutionId, Date.valueOf(calendar.businessDate()), Date.valueOf(calendar.month().firstDay()),
                        LocalDateTime.now())
                .update(key, "id");
        long id = key.getKey().longValue();
        officialYears.years().forEach((source, year) -> jdbc.sql("INSERT INTO consolidation_source (run_id, source, stat_year) VALUES (?, ?, ?)")
                .params(id, source.name(), year).update());
        return new Run(id, jobExecutionId, calendar, officialYears);
    }

    public void save(Run run, TerritoryConsolidation consolidation) {
        try (ValueWriter writer = writer(run, consolidation.perimeter())) {
            consolidation.values().forEach(writer::add);
        }
    }

    /**
     * Stores a territory's perimeter now and its values as they come, in batches: memory stays flat however many
     * establishments the territory has.
     */
    public ValueWriter writer(Run run, TerritoryPerimeter perimeter) {
        jdbcTemplate.batchUpdate("INSERT INTO consolidation_member (run_id, territory_code, territory_name, entity, entity_name, role) "
                + "VALUES (?, ?, ?, ?, ?, ?)", perimeter.members(), 500, (ps, member) -> {
                    ps.setLong(1, run.id());
                    ps.setString(2, perimeter.code().value());
                    ps.setString(3, perimeter.name());
                    ps.setString(4, member.entity().value());
                    ps.setString(5, member.name());
                    ps.setString(6, member.role().name());
                });
        return new ValueWriter(run, perimeter.code().value());
    }

    /** Buffers values and writes them in batches; close it to write the last ones. */
    public final class ValueWriter implements ValueSink, AutoCloseable {

        private static final int BATCH = 5000;

        private final Run run;
        private final String territory;
        private final List<IndicatorValue> buffer = new ArrayList<>(BATCH);

        private ValueWriter(Run run, String territory) {
            this.run = run;
            this.territory = territory;
        }

        @Override
        public void add(IndicatorValue value) {
            buffer.add(value);
            if (buffer.size() == BATCH) {
                flush();
            }
        }

        @Override
        public void close() {
            flush();
        }

        private void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            jdbcTemplate.batchUpdate("INSERT INTO indicator_value (run_id, territory_code, indicator, period_scope, entity, counterpart, "
                    + "care_pathway, activity_type, detail, amount, period_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    buffer, BATCH, (ps, value) -> {
                        IndicatorKey key = value.key();
                        ps.setLong(1, run.id());
                        ps.setString(2, territory);
                        ps.setString(3, key.indicator().name());
                        ps.setString(4, key.scope().name());
                        ps.setString(5, key.entity() == null ? null : key.entity().value());
                        ps.setString(6, key.counterpart() == null ? null : key.counterpart().value());
                        ps.setString(7, key.pathway() == null ? null : key.pathway().name());
                        ps.setString(8, key.activityType() == null ? null : key.activityType().name());
                        ps.setString(9, key.detail());
                        ps.setBigDecimal(10, value.value());
                        if (key.period() == null) {
                            ps.setNull(11, Types.DATE);
                        } else {
                            ps.setObject(11, key.period().firstDay());
                        }
                    });
            buffer.clear();
        }
    }

    /** The run consolidated by a job execution, if it got that far. */
    public Optional<Run> runOf(long jobExecutionId) {
        return latestRunOf(List.of(jobExecutionId));
    }

    /**
     * The latest run consolidated by any of these job executions — the executions of one business date, so that a
     * restart that did not need to consolidate again finds the figures an earlier attempt stored. A run is stored in
     * its step's transaction, so every run found is whole.
     */
    public Optional<Run> latestRunOf(Collection<Long> jobExecutionIds) {
        if (jobExecutionIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, job_execution_id, business_date, reporting_month FROM consolidation_run "
                        + "WHERE job_execution_id IN (:executions) ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param("executions", jobExecutionIds)
                .query((rs, n) -> new Run(rs.getLong(1), (Long) rs.getObject(2, Long.class), new ReportingCalendar(
                        rs.getObject(3, LocalDate.class), Period.of(rs.getObject(4, LocalDate.class))), OfficialYears.none()))
                .optional().map(run -> new Run(run.id(), run.jobExecutionId(), run.calendar(), officialYears(run.id())));
    }

    /**
     * Deletes the runs consolidated before a date (by business date) with their figures, except the most recent run,
     * which the workbooks and the console may still read; returns how many runs went.
     */
    public int deleteRunsBefore(LocalDate businessDate) {
        List<Long> runs = jdbc.sql("SELECT id FROM consolidation_run WHERE business_date < ? "
                        + "AND id < (SELECT MAX(id) FROM consolidation_run) ORDER BY id")
                .param(Date.valueOf(businessDate)).query(Long.class).list();
        for (Long run : runs) {
            jdbc.sql("DELETE FROM indicator_value WHERE run_id = ?").param(run).update();
            jdbc.sql("DELETE FROM consolidation_member WHERE run_id = ?").param(run).update();
            jdbc.sql("DELETE FROM consolidation_source WHERE run_id = ?").param(run).update();
            jdbc.sql("DELETE FROM consolidation_run WHERE id = ?").param(run).update();
        }
        return runs.size();
    }

    public List<TerritoryCode> territories(Run run) {
        return jdbc.sql("SELECT DISTINCT territory_code FROM consolidation_member WHERE run_id = ? ORDER BY territory_code")
                .param(run.id()).query((rs, n) -> new TerritoryCode(rs.getString(1))).list();
    }

    /** Every stored figure of a territory. */
    public TerritoryConsolidation load(Run run, TerritoryCode territory) {
        return load(run, territory, "");
    }

    /**
     * A territory's figures but its establishments' breakdowns by care pathway: the territory's figures in every
     * breakdown, each establishment's as a whole and by activity type, the flows. What a workbook shows — and on a
     * national territory, a third of what is stored, which would not otherwise fit a modest heap.
     */
    public TerritoryConsolidation loadWithoutEstablishmentPathways(Run run, TerritoryCode territory) {
        return load(run, territory, " AND (entity IS NULL OR care_pathway IS NULL)");
    }

    /**
     * The breakdowns by care pathway of a few of a territory's establishments, which {@link #loadWithoutEstablishmentPathways}
     * leaves out: those an objective on one member needs.
     */
    public List<IndicatorValue> establishmentPathways(Run run, TerritoryCode territory, Collection<Finess> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        List<Object> entityValues = entities.stream().<Object>map(Finess::value).toList();
        return load(run, territory, " AND care_pathway IS NOT NULL AND entity IN ("
                + String.join(", ", Collections.nCopies(entityValues.size(), "?")) + ")", entityValues).values();
    }

    private TerritoryConsolidation load(Run run, TerritoryCode territory, String condition) {
        return load(run, territory, condition, List.of());
    }

    private TerritoryConsolidation load(Run run, TerritoryCode territory, String condition, List<Object> conditionParams) {
        Map<String, String> name = new LinkedHashMap<>();
        List<TerritoryMember> members = new ArrayList<>();
        jdbc.sql("SELECT territory_name, entity, entity_name, role FROM consolidation_member WHERE run_id = ? AND territory_code = ?")
                .params(run.id(), territory.value())
                .query(rs -> {
                    name.putIfAbsent("name", rs.getString(1));
                    members.add(new TerritoryMember(new Finess(rs.getString(2)), rs.getString(3), MembershipRole.valueOf(rs.getString(4))));
                });
        // The same few thousand establishments and 24 months recur on every row: one instance of each.
        Map<String, Finess> entities = new HashMap<>();
        Map<LocalDate, Period> months = new HashMap<>();
        List<IndicatorValue> values = jdbc.sql("SELECT indicator, period_scope, entity, counterpart, care_pathway, activity_type, detail, "
                        + "amount, period_month FROM indicator_value WHERE run_id = ? AND territory_code = ?" + condition)
                .params(run.id(), territory.value())
                .params(conditionParams)
                .query((rs, n) -> {
                    LocalDate month = rs.getObject(9, LocalDate.class);
                    return new IndicatorKey(Indicator.valueOf(rs.getString(1)), PeriodScope.valueOf(rs.getString(2)),
                            month == null ? null : months.computeIfAbsent(month, Period::of), finess(entities, rs.getString(3)),
                            finess(entities, rs.getString(4)),
                            rs.getString(5) == null ? null : CarePathway.valueOf(rs.getString(5)),
                            rs.getString(6) == null ? null : ActivityType.valueOf(rs.getString(6)), rs.getString(7))
                            .is(rs.getBigDecimal(8));
                })
                .list();
        return new TerritoryConsolidation(new TerritoryPerimeter(territory, name.getOrDefault("name", territory.value()), members, false),
                run.calendar(), values, run.officialYears());
    }

    private static Finess finess(Map<String, Finess> entities, String value) {
        return value == null ? null : entities.computeIfAbsent(value, Finess::new);
    }

    private OfficialYears officialYears(long runId) {
        Map<StatisticSource, Integer> years = new EnumMap<>(StatisticSource.class);
        jdbc.sql("SELECT source, stat_year FROM consolidation_source WHERE run_id = ?").param(runId)
                .query(rs -> {
                    years.put(StatisticSource.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return new OfficialYears(years);
    }
}
