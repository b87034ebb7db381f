package fr.copilote.model.store;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.consolidation.ActivityGroup;
import fr.copilote.model.consolidation.ActivityTotal;
import fr.copilote.model.consolidation.EntityConvention;
import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.convention.Convention;
import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.convention.ConventionStatus;
import fr.copilote.model.convention.Rpps;
import fr.copilote.model.convention.SharingMode;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.statistics.StatisticSource;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what consolidation and the workbooks need from the published rows only: the territories' perimeters
 * at legal-entity level, the conventions with both ends rolled up, and the activity, streamed row by row so
 * that memory never depends on how many rows there are.
 */
public class ConsolidationSource {

    /** Rows of files that are published: the only ones consolidation may see. */
    static final String PUBLISHED = " JOIN import_file f ON f.id = t.import_file_id AND f.status = 'PUBLISHED' ";

    private static final int FETCH_SIZE = 5000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    public ConsolidationSource(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The last month with activity not after the business date, or the business date's own month. */
    public ReportingCalendar calendarFor(LocalDate businessDate) {
        LocalDate last = jdbc.sql("SELECT MAX(t.period) FROM activity t" + PUBLISHED + "WHERE t.period <= ?")
                .param(Date.valueOf(Period.of(businessDate).firstDay())).query(LocalDate.class).optional().orElse(null);
        return new ReportingCalendar(businessDate, Period.of(last == null ? businessDate : last));
    }

    /** @param countingPartners territory codes configured to count their partners in their totals */
    public List<TerritoryPerimeter> perimeters(Set<String> countingPartners) {
        Map<String, String> names = new TreeMap<>();
        Map<String, List<TerritoryMember>> members = new TreeMap<>();
        jdbc.sql("SELECT t.territory_code, t.territory_name, t.legal_entity, COALESCE(e.name, t.legal_entity), t.role "
                        + "FROM territory_membership t" + PUBLISHED + "LEFT JOIN legal_entity e ON e.finess = t.legal_entity "
                        + "ORDER BY t.territory_code, t.line_number")
                .query(rs -> {
                    String code = rs.getString(1);
                    names.putIfAbsent(code, rs.getString(2));
                    TerritoryMember member = new TerritoryMember(new Finess(rs.getString(3)), rs.getString(4),
                            MembershipRole.valueOf(rs.getString(5)));
                    members.computeIfAbsent(code, k -> new ArrayList<>()).add(member);
                });
        List<TerritoryPerimeter> perimeters = new ArrayList<>();
        names.forEach((code, name) -> perimeters.add(new TerritoryPerimeter(new TerritoryCode(code), name,
                members.get(code), countingPartners.contains(code))));
        return perimeters;
    }

    /** Every territory's entities gathered in one perimeter, each with its strongest role. */
    public static TerritoryPerimeter allTerritories(List<TerritoryPerimeter> perimeters) {
        return new TerritoryPerimeter(TerritoryPerimeter.ALL_TERRITORIES, "Ensemble des territoires",
                perimeters.stream().flatMap(p -> p.members().stream()).toList(), false);
    }

    public List<EntityConvention> conventions() {
        return jdbc.sql("SELECT t.convention_id, t.origin_finess, t.host_finess, t.practitioner_rpps, t.specialty, t.care_pathway, "
                        + "t.sharing_mode, t.half_days_per_week, t.start_date, t.end_date, t.annual_refund_eur, t.status, "
                        + "t.origin_entity, t.host_entity FROM convention t" + PUBLISHED + "ORDER BY t.convention_id")
                .query((rs, n) -> new EntityConvention(new Convention(new ConventionId(rs.getString(1)), new Finess(rs.getString(2)),
                        new Finess(rs.getString(3)), new Rpps(rs.getString(4)), rs.getString(5), CarePathway.valueOf(rs.getString(6)),
                        SharingMode.valueOf(rs.getString(7)), rs.getBigDecimal(8), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class), rs.getBigDecimal(11), ConventionStatus.valueOf(rs.getString(12))),
                        new Finess(rs.getString(13)), new Finess(rs.getString(14))))
                .list();
    }

    /**
     * Streams the activity rows the calendar reads to the consumer, which sums them as they come: one pass over
     * the table, memory bounded by the number of establishments and codes, never by the number of rows. (A
     * GROUP BY would make the database hold every group at once; H2 keeps them in the heap.) Rows stream in
     * fetches of {@value #FETCH_SIZE}: PostgreSQL holds a cursor, H2 spills large results to disk.
     */
    public void activity(ReportingCalendar calendar, Consumer<ActivityGroup> consumer) {
        Map<String, CarePathway> pathways = codes(CarePathway.class);
        Map<String, ActivityType> types = codes(ActivityType.class);
        Map<String, Finess> entities = new HashMap<>();
        Map<LocalDate, Period> periods = new HashMap<>();
        Map<String, ConventionId> conventions = new HashMap<>();
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        streaming.query("SELECT t.legal_entity, t.care_pathway, t.activity_type, t.period, t.patient_territory, t.convention_id, "
                        + "t.volume, t.revenue_eur, t.direct_cost_eur FROM activity t" + PUBLISHED + "WHERE t.period BETWEEN ? AND ?",
                rs -> {
                    String convention = rs.getString(6);
                    consumer.accept(new ActivityGroup(entities.computeIfAbsent(rs.getString(1), Finess::new),
                            pathways.get(rs.getString(2)), types.get(rs.getString(3)),
                            periods.computeIfAbsent(rs.getObject(4, LocalDate.class), Period::of), rs.getString(5),
                            convention == null ? null : conventions.computeIfAbsent(convention, ConventionId::new),
                            rs.getLong(7), rs.getBigDecimal(8), rs.getBigDecimal(9)));
                },
                Date.valueOf(calendar.firstMonthNeeded().firstDay()), Date.valueOf(calendar.month().firstDay()));
    }

    /**
     * The activity of the given entities over the months the calendar reads, summed by pathway, entity, month
     * and type, in that order — the Activité sheet's rows. The database sorts (spilling to disk when large);
     * rows with the same key arrive together and are summed here, one group at a time.
     */
    public void activityDetail(List<Finess> entities, ReportingCalendar calendar, Consumer<ActivityTotal> consumer) {
        if (entities.isEmpty()) {
            return;
        }
        Map<String, CarePathway> pathways = codes(CarePathway.class);
        Map<String, ActivityType> types = codes(ActivityType.class);
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        String in = entities.stream().map(entity -> "'" + entity.value() + "'").collect(Collectors.joining(","));
        ActivityTotal[] pending = {null};
        streaming.query("SELECT t.care_pathway, t.legal_entity, t.period, t.activity_type, t.volume, t.revenue_eur, t.direct_cost_eur "
                        + "FROM activity t" + PUBLISHED + "WHERE t.legal_entity IN (" + in + ") AND t.period BETWEEN ? AND ? "
                        + "ORDER BY t.care_pathway, t.legal_entity, t.period, t.activity_type",
                rs -> {
                    ActivityTotal row = new ActivityTotal(new Finess(rs.getString(2)), pathways.get(rs.getString(1)),
                            types.get(rs.getString(4)), Period.of(rs.getObject(3, LocalDate.class)), rs.getLong(5),
                            rs.getBigDecimal(6), rs.getBigDecimal(7));
                    ActivityTotal previous = pending[0];
                    if (previous != null && previous.entity().equals(row.entity()) && previous.pathway() == row.pathway()
                            && previous.activityType() == row.activityType() && previous.period().equals(row.period())) {
                        pending[0] = new ActivityTotal(row.entity(), row.pathway(), row.activityType(), row.period(),
                                previous.volume() + row.volume(), previous.revenueEur().add(row.revenueEur()),
                                previous.directCostEur().add(row.directCostEur()));
                    } else {
                        if (previous != null) {
                            consumer.accept(previous);
                        }
                        pending[0] = row;
                    }
                },
                Date.valueOf(calendar.firstMonthNeeded().firstDay()), Date.valueOf(calendar.month().firstDay()));
        if (pending[0] != null) {
            consumer.accept(pending[0]);
        }
    }

    /** The latest year of a source of official statistics loaded that is not after the reporting year, if any. */
    public Optional<Integer> latestYear(StatisticSource source, ReportingCalendar calendar) {
        return jdbc.sql("SELECT MAX(t.stat_year) FROM official_statistic t" + PUBLISHED + "WHERE t.source = ? AND t.stat_year <= ?")
                .params(source.name(), calendar.month().month().getYear()).query(Integer.class).optional();
    }

    private static <E extends Enum<E>> Map<String, E> codes(Class<E> type) {
        Map<String, E> byName = new TreeMap<>();
        for (E value : type.getEnumConstants()) {
            byName.put(value.name(), value);
        }
        return byName;
    }
}
