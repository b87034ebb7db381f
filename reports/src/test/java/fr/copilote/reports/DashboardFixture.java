package fr.copilote.reports;

import static fr.copilote.model.indicator.Indicator.*;
import static fr.copilote.model.indicator.PeriodScope.*;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.consolidation.EntityConvention;
import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.convention.Convention;
import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.convention.ConventionStatus;
import fr.copilote.model.convention.Rpps;
import fr.copilote.model.convention.SharingMode;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.statistics.OfficialYears;
import fr.copilote.model.statistics.StatisticSource;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.reports.dashboard.ActivityDetail;
import fr.copilote.reports.dashboard.ActivityLine;
import fr.copilote.reports.dashboard.ConventionLine;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.dashboard.IgnoredFileLine;
import fr.copilote.reports.dashboard.InputFileSummary;
import fr.copilote.reports.dashboard.RunReceipt;
import fr.copilote.reports.dashboard.UnreadColumnLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A two-member territory and a partner, with a handful of consolidated values, two conventions (one whose
 * specialty, from the input file, looks like a formula) and a few activity rows: enough to exercise every sheet.
 * {@link #formulaLike()} is the same territory with every other text from the inputs starting like a formula too.
 */
final class DashboardFixture {

    static final Finess CHU = new Finess("420784878");
    static final Finess ROANNE = new Finess("420780033");
    static final Finess CLINIC = new Finess("420011405");
    static final ReportingCalendar CALENDAR = new ReportingCalendar(LocalDate.of(2024, 12, 31), Period.of(2024, 12));
    static final String FORMULA_LIKE_SPECIALTY = "=HYPERLINK(\"http://exemple.invalid\",\"cliquez\")";

    /** The texts of the fixture that come from the input files or the command line, not from Copilote. */
    private record Inputs(String territory, String chu, String roanne, String clinic, String fileName, String parameter) {
    }

    private static final Inputs PLAIN = new Inputs("Saint-Étienne – Roanne", "CHU DE SAINT-ETIENNE", "CH DE ROANNE",
            "HOPITAL PRIVE DE LA LOIRE", "activite.csv", "2024-12-31");
    /** Each of the characters that start a formula, the territory's name with the « = » the Sources sheet let through. */
    private static final Inputs FORMULA_LIKE = new Inputs("=Saint-Étienne – Roanne", "+CHU DE SAINT-ETIENNE", "-CH DE ROANNE",
            "@HOPITAL PRIVE DE LA LOIRE", "=activite.csv", "-2024-12-31");

    private DashboardFixture() {
    }

    static DashboardData data() {
        return data(consumer -> activityRows().forEach(consumer));
    }

    static DashboardData data(ActivityDetail activity) {
        return data(activity, PLAIN);
    }

    static DashboardData formulaLike() {
        return data(consumer -> activityRows(FORMULA_LIKE).forEach(consumer), FORMULA_LIKE);
    }

    private static DashboardData data(ActivityDetail activity, Inputs inputs) {
        TerritoryPerimeter perimeter = new TerritoryPerimeter(new TerritoryCode("STE-ROANNE"), inputs.territory(), List.of(
                new TerritoryMember(CHU, inputs.chu(), MembershipRole.SUPPORT),
                new TerritoryMember(ROANNE, inputs.roanne(), MembershipRole.MEMBER),
                new TerritoryMember(CLINIC, inputs.clinic(), MembershipRole.PARTNER)), false);
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorKey.of(CONVENTIONS_IN_FORCE, AT_DATE).is(2));
        values.add(IndicatorKey.of(CONVENTIONS_IN_FORCE, AT_DATE_N1).is(1));
        values.add(IndicatorKey.of(SHARED_FTE_INCOMING, AT_DATE).is(new BigDecimal("0.3")));
        values.add(IndicatorKey.of(SHARED_FTE_OUTGOING, AT_DATE).is(new BigDecimal("0.3")));
        values.add(IndicatorKey.of(SHARED_FTE_NET, AT_DATE).is(BigDecimal.ZERO));
        member(values, CHU, "0.1", "0.2", 1, 1);
        member(values, ROANNE, "0.2", "0.1", 1, 1);
        member(values, CLINIC, "0", "0", 0, 0);
        values.add(IndicatorKey.of(CONVENTIONS_INCOMING, AT_DATE).is(2));
        values.add(IndicatorKey.of(CONVENTIONS_OUTGOING, AT_DATE).is(2));
        values.add(IndicatorKey.of(REFUNDS_PAID, YEAR_TO_DATE).is(new BigDecimal("30000.00")));
        values.add(IndicatorKey.of(REFUNDS_RECEIVED, YEAR_TO_DATE).is(new BigDecimal("30000.00")));
        values.add(IndicatorKey.of(ELIMINATIONS, YEAR_TO_DATE).is(new BigDecimal("30000.00")));
        values.add(IndicatorKey.of(NET_BALANCE, YEAR_TO_DATE).is(BigDecimal.ZERO));
        values.add(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE).is(new BigDecimal("1234567.89")));
        values.add(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE_N1).is(new BigDecimal("1000000.00")));
        values.add(IndicatorKey.of(MARGIN_RATE, YEAR_TO_DATE).is(new BigDecimal("0.123456")));
        values.add(IndicatorKey.of(LEAKAGE_RATE, YEAR_TO_DATE).detail("SEJOURS").is(new BigDecimal("0.2")));
        values.add(IndicatorKey.of(ACTIVITY_VOLUME, YEAR_TO_DATE).pathway(CarePathway.MEDECINE).activityType(ActivityType.SEJOUR_HC).is(1200));
        values.add(IndicatorKey.of(ACTIVITY_VOLUME, YEAR_TO_DATE_N1).pathway(CarePathway.MEDECINE).activityType(ActivityType.SEJOUR_HC).is(1000));
        values.add(IndicatorKey.of(ACTIVITY_VOLUME, YEAR_TO_DATE).pathway(CarePathway.SSR).activityType(ActivityType.SEJOUR_HC).is(300));
        values.add(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE).pathway(CarePathway.MEDECINE).is(new BigDecimal("1000000.00")));
        values.add(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE).pathway(CarePathway.SSR).is(new BigDecimal("234567.89")));
        values.add(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE_N1).pathway(CarePathway.MEDECINE).is(new BigDecimal("800000.00")));
        values.add(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE_N1).pathway(CarePathway.SSR).is(new BigDecimal("200000.00")));
        values.add(IndicatorKey.of(REFUNDS_PAID, YEAR_TO_DATE).entity(CHU).is(new BigDecimal("10000.00")));
        values.add(IndicatorKey.of(REFUNDS_RECEIVED, YEAR_TO_DATE).entity(CHU).is(new BigDecimal("20000.00")));
        values.add(IndicatorKey.of(REFUNDS_PAID, YEAR_TO_DATE).entity(ROANNE).is(new BigDecimal("20000.00")));
        values.add(IndicatorKey.of(REFUNDS_RECEIVED, YEAR_TO_DATE).entity(ROANNE).is(new BigDecimal("10000.00")));
        values.add(IndicatorKey.of(ACTIVITY_VOLUME, YEAR_TO_DATE).activityType(ActivityType.SEJOUR_HC).is(1500));
        values.add(IndicatorKey.of(ACTIVITY_VOLUME, YEAR_TO_DATE_N1).activityType(ActivityType.SEJOUR_HC).is(1000));
        // Médecine in stays, its headline unit; SSR has only stays, none of its units (days, consultations).
        values.add(IndicatorKey.of(HEADLINE_VOLUME, YEAR_TO_DATE).pathway(CarePathway.MEDECINE).detail("SEJOURS").is(1200));
        values.add(IndicatorKey.of(HEADLINE_VOLUME, YEAR_TO_DATE_N1).pathway(CarePathway.MEDECINE).detail("SEJOURS").is(1000));
        values.add(IndicatorKey.of(HEADLINE_VOLUME, MONTHLY).month(Period.of(2024, 12)).pathway(CarePathway.MEDECINE).detail("SEJOURS")
                .is(110));
        values.add(IndicatorKey.of(AMBULATORY_SURGERY_RATE, YEAR_TO_DATE).pathway(CarePathway.CHIRURGIE_ANESTHESIE).is(new BigDecimal("0.55")));
        values.add(IndicatorKey.of(AMBULATORY_SURGERY_RATE, YEAR_TO_DATE_N1).pathway(CarePathway.CHIRURGIE_ANESTHESIE)
                .is(new BigDecimal("0.5")));
        values.add(IndicatorKey.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE).is(40));
        values.add(IndicatorKey.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE_N1).is(20));
        values.add(IndicatorKey.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE).entity(ROANNE).is(40));
        values.add(IndicatorKey.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE_N1).entity(ROANNE).is(20));
        values.add(IndicatorKey.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE).detail("Cardiologie").is(40));
        values.add(IndicatorKey.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE_N1).detail("Cardiologie").is(20));
        values.add(IndicatorKey.of(ACTIVITY_VOLUME, YEAR_TO_DATE).entity(CHU).activityType(ActivityType.SEJOUR_HC).is(1200));
        values.add(IndicatorKey.of(ACTIVITY_VOLUME, YEAR_TO_DATE).entity(ROANNE).activityType(ActivityType.SEJOUR_HC).is(300));
        values.add(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE).entity(CHU).is(new BigDecimal("1000000.00")));
        values.add(IndicatorKey.of(ACTIVITY_REVENUE, YEAR_TO_DATE).entity(ROANNE).is(new BigDecimal("234567.89")));
        values.add(IndicatorKey.of(ACTIVITY_VOLUME, MONTHLY).month(Period.of(2024, 12)).pathway(CarePathway.MEDECINE)
                .activityType(ActivityType.SEJOUR_HC).is(100));
        values.add(IndicatorKey.of(FLOW_FTE, AT_DATE).flow(CHU, ROANNE).detail("INTERNE").is(new BigDecimal("0.2")));
        values.add(IndicatorKey.of(FLOW_FTE, AT_DATE).flow(ROANNE, CHU).detail("INTERNE").is(new BigDecimal("0.1")));
        values.add(IndicatorKey.of(FLOW_REFUND, YEAR_TO_DATE).flow(CHU, ROANNE).detail("INTERNE").is(new BigDecimal("20000.00")));
        values.add(IndicatorKey.of(CONVENTIONS_TO_RENEW, AT_DATE).flow(CHU, ROANNE).detail("C1").is(30));
        values.add(IndicatorKey.of(CONVENTIONS_TO_RENEW, AT_DATE).is(1));
        values.add(IndicatorKey.of(MEDICAL_FTE, AT_DATE).entity(CHU).is(new BigDecimal("812.5")));
        values.add(IndicatorKey.of(MEDICAL_FTE, AT_DATE).entity(ROANNE).is(new BigDecimal("160.25")));
        values.add(IndicatorKey.of(MEDICAL_FTE, AT_DATE).is(new BigDecimal("972.75")));
        values.add(IndicatorKey.of(SAE_MCO_BEDS, AT_DATE).entity(CHU).detail("2023").is(1450));
        values.add(IndicatorKey.of(SAE_MCO_BEDS, AT_DATE).detail("2023").is(1450));
        TerritoryConsolidation consolidation = new TerritoryConsolidation(perimeter, CALENDAR, values,
                new OfficialYears(Map.of(StatisticSource.SAE_Q21, 2022, StatisticSource.SAE_MCO, 2023)));

        Map<Finess, String> names = new LinkedHashMap<>();
        perimeter.members().forEach(member -> names.put(member.entity(), member.name()));
        List<ConventionLine> conventions = List.of(
                line("C1", CHU, ROANNE, "Cardiologie", "2", names),
                line("C2", ROANNE, CHU, FORMULA_LIKE_SPECIALTY, "1", names));
        RunReceipt receipt = new RunReceipt(42, Map.of("date d'arrêté (date)", inputs.parameter()), List.of(
                new InputFileSummary(inputs.fileName(), "activité", "publié", "ab".repeat(32), 1234, "UTF-8", ";", 10, 9, 1, 2,
                        LocalDateTime.of(2025, 1, 1, 2, 30), List.of("PERIODE (1)"), List.of(), "/sorties/rejets-activite-2024-12-31.csv",
                        List.of(new UnreadColumnLine(10, "J", "COMMENTAIRE",
                                "colonne « COMMENTAIRE » (n° 10, J) non lue : elle n'appartient pas au contrat de données")))),
                List.of(new IgnoredFileLine("GHT_2022r.csv", "type de fichier inconnu ; noms attendus : territoires.csv, …")),
                2023, "1.0.0", LocalDateTime.of(2025, 1, 1, 2, 31));
        return new DashboardData(consolidation, names, conventions, activity, receipt, Set.of(CLINIC));
    }

    private static void member(List<IndicatorValue> values, Finess entity, String in, String out, int conventionsIn, int conventionsOut) {
        values.add(IndicatorKey.of(SHARED_FTE_INCOMING, AT_DATE).entity(entity).is(new BigDecimal(in)));
        values.add(IndicatorKey.of(SHARED_FTE_OUTGOING, AT_DATE).entity(entity).is(new BigDecimal(out)));
        values.add(IndicatorKey.of(SHARED_FTE_NET, AT_DATE).entity(entity).is(new BigDecimal(in).subtract(new BigDecimal(out))));
        values.add(IndicatorKey.of(CONVENTIONS_INCOMING, AT_DATE).entity(entity).is(conventionsIn));
        values.add(IndicatorKey.of(CONVENTIONS_OUTGOING, AT_DATE).entity(entity).is(conventionsOut));
    }

    private static ConventionLine line(String id, Finess origin, Finess host, String specialty, String halfDays,
                                       Map<Finess, String> names) {
        Convention convention = new Convention(new ConventionId(id), origin, host,
                new Rpps("10005173140"), specialty, CarePathway.MEDECINE, SharingMode.VACATION, new BigDecimal(halfDays),
                LocalDate.of(2023, 1, 1), null, new BigDecimal("10000"), ConventionStatus.SIGNEE);
        return new ConventionLine(new EntityConvention(convention, origin, host), names.get(origin), names.get(host), "Interne",
                OptionalDouble.of(72.23));
    }

    static List<ActivityLine> activityRows() {
        return activityRows(PLAIN);
    }

    private static List<ActivityLine> activityRows(Inputs inputs) {
        return List.of(
                new ActivityLine(CarePathway.MEDECINE, CHU, inputs.chu(), Period.of(2024, 11), ActivityType.SEJOUR_HC, 40,
                        new BigDecimal("160000.00"), new BigDecimal("150000.00")),
                new ActivityLine(CarePathway.MEDECINE, CHU, inputs.chu(), Period.of(2024, 12), ActivityType.SEJOUR_HC, 60,
                        new BigDecimal("240000.50"), new BigDecimal("200000.25")),
                new ActivityLine(CarePathway.SSR, ROANNE, inputs.roanne(), Period.of(2024, 12), ActivityType.JOURNEE, 300,
                        new BigDecimal("90000.00"), new BigDecimal("80000.00")));
    }
}
