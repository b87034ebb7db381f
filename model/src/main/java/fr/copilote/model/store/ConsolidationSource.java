package fr.copilote.model.store;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.consolidation.ActivityLedger;
import fr.copilote.model.consolidation.ActivityTotal;
import fr.copilote.model.consolidation.ConventionActivityTotal;
import fr.copilote.model.consolidation.MonthlyTotal;
import fr.copilote.model.consolidation.PatientFlowLedger;
import fr.copilote.model.consolidation.PatientFlowTotal;
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
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what consolidation needs from the published rows only: the territories' perimeters at legal-entity
 * level, the conventions with both ends rolled up, and the activity summed by entity and month in the
 * database — so that the Java side sees thousands of totals, not millions of rows.
 */
public class ConsolidationSource {

    /** Rows of files that are published: the only ones consolidation may see. */
    static final String PUBLISHED = " JOIN import_file f ON f.id = t.import_file_id AND f.status = 'PUBLISHED' ";

    private final JdbcClient jdbc;

    public ConsolidationSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Sums the activity read by the calendar by entity, pathway, type and month into a ledger. */
    public ActivityLedger activity(ReportingCalendar calendar) {
        ActivityLedger ledger = new ActivityLedger(calendar);
        Map<String, CarePathway> pathways = codes(CarePathway.class);
        Map<String, ActivityType> types = codes(ActivityType.class);
        jdbc.sql("SELECT t.legal_entity, t.care_pathway, t.activity_type, t.period, SUM(t.volume), SUM(t.revenue_eur), "
                        + "SUM(t.direct_cost_eur) FROM activity t" + PUBLISHED + "WHERE t.period BETWEEN ? AND ? "
                        + "GROUP BY t.legal_entity, t.care_pathway, t.activity_type, t.period")
                .params(Date.valueOf(calendar.firstMonthNeeded().firstDay()), Date.valueOf(calendar.month().firstDay()))
                .query(rs -> {
                    ledger.add(new ActivityTotal(new Finess(rs.getString(1)), pathways.get(rs.getString(2)),
                            types.get(rs.getString(3)), Period.of(rs.getObject(4, LocalDate.class)), rs.getLong(5),
                            rs.getBigDecimal(6), rs.getBigDecimal(7)));
                });
        return ledger;
    }

    /** Volumes by treating entity, type, patients' territory and month, where the patients' territory is known. */
    public PatientFlowLedger patientFlows(ReportingCalendar calendar) {
        PatientFlowLedger ledger = new PatientFlowLedger(calendar);
        Map<String, ActivityType> types = codes(ActivityType.class);
        jdbc.sql("SELECT t.legal_entity, t.activity_type, t.patient_territory, t.period, SUM(t.volume) FROM activity t" + PUBLISHED
                        + "WHERE t.patient_territory IS NOT NULL AND t.period BETWEEN ? AND ? "
                        + "GROUP BY t.legal_entity, t.activity_type, t.patient_territory, t.period")
                .params(Date.valueOf(calendar.firstMonthNeeded().firstDay()), Date.valueOf(calendar.month().firstDay()))
                .query(rs -> {
                    ledger.add(new PatientFlowTotal(new Finess(rs.getString(1)), types.get(rs.getString(2)), rs.getString(3),
                            Period.of(rs.getObject(4, LocalDate.class)), rs.getLong(5)));
                });
        return ledger;
    }

    /** Activity performed under a convention, by convention, entity, type and month. */
    public List<ConventionActivityTotal> conventionActivity(ReportingCalendar calendar) {
        Map<String, ActivityType> types = codes(ActivityType.class);
        return jdbc.sql("SELECT t.convention_id, t.legal_entity, t.activity_type, t.period, SUM(t.volume) FROM activity t" + PUBLISHED
                        + "WHERE t.convention_id IS NOT NULL AND t.period BETWEEN ? AND ? "
                        + "GROUP BY t.convention_id, t.legal_entity, t.activity_type, t.period")
                .params(Date.valueOf(calendar.firstMonthNeeded().firstDay()), Date.valueOf(calendar.month().firstDay()))
                .query((rs, n) -> new ConventionActivityTotal(new ConventionId(rs.getString(1)), new Finess(rs.getString(2)),
                        types.get(rs.getString(3)), Period.of(rs.getObject(4, LocalDate.class)), rs.getLong(5)))
                .list();
    }

    /**
     * Each territory's monthly activity over its counted members, summed by the database in one pass: the
     * published memberships are joined to the activity, an entity listed by several of its sites counting once.
     * The all-territories series counts every entity counted somewhere, once.
     */
    public Map<String, List<MonthlyTotal>> monthlySeries(ReportingCalendar calendar, Set<String> countingPartners) {
        Map<String, List<MonthlyTotal>> series = new TreeMap<>();
        String counted = "(m.role <> 'PARTNER'" + (countingPartners.isEmpty() ? "" : " OR m.territory_code IN ("
                + countingPartners.stream().map(code -> "'" + code.replace("'", "") + "'").collect(Collectors.joining(",")) + ")") + ")";
        String members = "SELECT DISTINCT m.territory_code, m.legal_entity FROM territory_membership m "
                + "JOIN import_file mf ON mf.id = m.import_file_id AND mf.status = 'PUBLISHED' WHERE " + counted;
        String sums = ", t.care_pathway, t.activity_type, t.period, SUM(t.volume), SUM(t.revenue_eur), SUM(t.direct_cost_eur) "
                + "FROM activity t" + PUBLISHED;
        String window = " t.period BETWEEN ? AND ? ";
        Object[] params = {Date.valueOf(calendar.firstMonthNeeded().firstDay()), Date.valueOf(calendar.month().firstDay())};
        jdbc.sql("SELECT c.territory_code" + sums + "JOIN (" + members + ") c ON c.legal_entity = t.legal_entity WHERE" + window
                        + "GROUP BY c.territory_code, t.care_pathway, t.activity_type, t.period")
                .params(params)
                .query(rs -> {
                    series.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(monthlyTotal(rs));
                });
        jdbc.sql("SELECT 'TOUS'" + sums + "WHERE" + window + "AND t.legal_entity IN (SELECT c.legal_entity FROM (" + members
                        + ") c) GROUP BY t.care_pathway, t.activity_type, t.period")
                .params(params)
                .query(rs -> {
                    series.computeIfAbsent(TerritoryPerimeter.ALL_TERRITORIES.value(), k -> new ArrayList<>()).add(monthlyTotal(rs));
                });
        return series;
    }

    private static MonthlyTotal monthlyTotal(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MonthlyTotal(CarePathway.valueOf(rs.getString(2)), ActivityType.valueOf(rs.getString(3)),
                Period.of(rs.getObject(4, LocalDate.class)), rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7));
    }

    /** The latest SAE Q21 year loaded that is not after the reporting year, if any. */
    public Optional<Integer> medicalStaffYear(ReportingCalendar calendar) {
        return jdbc.sql("SELECT MAX(t.stat_year) FROM official_statistic t" + PUBLISHED + "WHERE t.source = 'SAE_Q21' AND t.stat_year <= ?")
                .param(calendar.month().month().getYear()).query(Integer.class).optional();
    }

    private static <E extends Enum<E>> Map<String, E> codes(Class<E> type) {
        Map<String, E> byName = new TreeMap<>();
        for (E value : type.getEnumConstants()) {
            byName.put(value.name(), value);
        }
        return byName;
    }
}
