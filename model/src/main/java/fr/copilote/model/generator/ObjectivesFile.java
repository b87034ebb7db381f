package fr.copilote.model.generator;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.pathway.HeadlineUnit;
import fr.copilote.model.pathway.HeadlineUnits;
import fr.copilote.model.territory.Membership;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code objectifs.csv}: four objectives per territory for the year of the last month, set against the
 * activity its profiles are drawn from (season and trend, without the noise) so that the workbooks show each status.
 * On the territory's largest volume, a target of 80 % of the year to date (reached); on the pathway of its second, the
 * pathway's volume in its headline unit at 150 % of the year (late: its members' other sites, counted with their legal
 * entity, cannot make up half a year); the average
 * length of stay of its largest pathway with days, at most 105 % of the expected (reached, lower being better); and
 * on its support alone, 80 % of its own largest volume in another pathway (reached).
 */
final class ObjectivesFile {

    static final String NAME = "objectifs.csv";
    static final String[] HEADER = {"territory_code", "care_pathway", "indicator", "activity_type", "finess", "year", "target",
            "direction"};

    private static final HeadlineUnits HEADLINE_UNITS = HeadlineUnits.defaults();

    private record Volume(CarePathway pathway, ActivityType type) {
    }

    /** Expected volumes of one territory: the year to date, the whole year, and days and stays per pathway. */
    private static final class Expected {
        final Map<Volume, Double> yearToDate = new HashMap<>();
        final Map<Volume, Double> fullYear = new HashMap<>();
    }

    private ObjectivesFile() {
    }

    static long write(Path folder, GeneratorSettings settings, Scenario scenario) throws IOException {
        Map<Finess, ActivityProfile> profiles = new HashMap<>();
        scenario.profiles().forEach(profile -> profiles.put(profile.finess(), profile));
        Map<TerritoryCode, List<Membership>> territories = new TreeMap<>();
        scenario.memberships().forEach(m -> territories.computeIfAbsent(m.territory(), t -> new ArrayList<>()).add(m));
        YearMonth last = settings.lastMonth();
        int anchorYear = settings.firstMonth().getYear();
        long rows = 0;
        try (CSVPrinter csv = ContractCsv.open(folder.resolve(NAME), HEADER)) {
            for (Map.Entry<TerritoryCode, List<Membership>> territory : territories.entrySet()) {
                Expected counted = new Expected();
                Finess support = null;
                for (Membership member : territory.getValue()) {
                    if (member.role().countsInTotals() && profiles.containsKey(member.finess())) {
                        add(counted, profiles.get(member.finess()), last, anchorYear);
                    }
                    if (member.role() == MembershipRole.SUPPORT && support == null) {
                        support = member.finess();
                    }
                }
                List<Volume> largest = largestFirst(counted.yearToDate);
                String code = territory.getKey().value();
                if (largest.size() >= 2) {
                    volume(csv, code, largest.get(0), null, last.getYear(), 0.8 * counted.yearToDate.get(largest.get(0)), "");
                    CarePathway second = largest.get(1).pathway();
                    HeadlineUnit unit = HEADLINE_UNITS.of(second).get(0);
                    double inUnit = counted.fullYear.entrySet().stream()
                            .filter(e -> e.getKey().pathway() == second && unit.counts(e.getKey().type()))
                            .mapToDouble(Map.Entry::getValue).sum();
                    csv.printRecord(code, second.name(), "HEADLINE_VOLUME", "", "", last.getYear(), Math.round(1.5 * inUnit), "HAUSSE");
                    rows += 2;
                }
                rows += lengthOfStay(csv, code, counted, last.getYear());
                if (support != null && profiles.containsKey(support)) {
                    Expected own = new Expected();
                    add(own, profiles.get(support), last, anchorYear);
                    List<CarePathway> set = largest.stream().limit(2).map(Volume::pathway).toList();
                    List<Volume> ownLargest = largestFirst(own.yearToDate);
                    Volume chosen = ownLargest.stream().filter(v -> !set.contains(v.pathway())).findFirst()
                            .orElse(ownLargest.isEmpty() ? null : ownLargest.get(0));
                    if (chosen != null) {
                        volume(csv, code, chosen, support, last.getYear(), 0.8 * own.yearToDate.get(chosen), "");
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /** The expected months of the profile, January of the last month's year to the last month and to December. */
    private static void add(Expected expected, ActivityProfile profile, YearMonth last, int anchorYear) {
        for (PathwayPlan plan : profile.plans()) {
            double growth = profile.yearlyGrowth().get(plan.pathway());
            for (int month = 1; month <= 12; month++) {
                YearMonth period = YearMonth.of(last.getYear(), month);
                double yearsFromAnchor = (period.getYear() - anchorYear) + (month - 1) / 12.0;
                double level = Seasonality.factor(plan.pathway(), period.getMonth()) * StrictMath.pow(1 + growth, yearsFromAnchor) / 12;
                for (Map.Entry<ActivityType, Double> annual : plan.annualVolumes().entrySet()) {
                    ActivityType type = annual.getKey();
                    double volume = type == ActivityType.JOURNEE && plan.derivesDays()
                            ? plan.annualVolumes().get(ActivityType.SEJOUR_HC) * level * plan.daysPerStay()
                            : annual.getValue() * level;
                    Volume key = new Volume(plan.pathway(), type);
                    expected.fullYear.merge(key, volume, Double::sum);
                    if (month <= last.getMonthValue()) {
                        expected.yearToDate.merge(key, volume, Double::sum);
                    }
                }
            }
        }
    }

    /** Days are a consequence of stays, not a volume a project sets: left out of the volume objectives. */
    private static List<Volume> largestFirst(Map<Volume, Double> volumes) {
        return volumes.entrySet().stream().filter(e -> e.getKey().type() != ActivityType.JOURNEE && e.getValue() >= 1)
                .sorted(Map.Entry.<Volume, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().pathway()).thenComparing(e -> e.getKey().type()))
                .map(Map.Entry::getKey).toList();
    }

    private static long lengthOfStay(CSVPrinter csv, String territory, Expected counted, int year) throws IOException {
        List<CarePathway> withDays = counted.yearToDate.keySet().stream().filter(v -> v.type() == ActivityType.JOURNEE)
                .map(Volume::pathway).filter(p -> counted.yearToDate.getOrDefault(new Volume(p, ActivityType.SEJOUR_HC), 0.0) >= 1)
                .sorted(Comparator.comparing((CarePathway p) -> -counted.yearToDate.get(new Volume(p, ActivityType.SEJOUR_HC)))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        if (withDays.isEmpty()) {
            return 0;
        }
        CarePathway pathway = withDays.get(0);
        double days = counted.yearToDate.get(new Volume(pathway, ActivityType.JOURNEE));
        double stays = counted.yearToDate.get(new Volume(pathway, ActivityType.SEJOUR_HC));
        csv.printRecord(territory, pathway.name(), "AVERAGE_LENGTH_OF_STAY", "", "", year,
                BigDecimal.valueOf(1.05 * days / stays).setScale(2, RoundingMode.HALF_UP).toPlainString(), "");
        return 1;
    }

    private static void volume(CSVPrinter csv, String territory, Volume volume, Finess member, int year, double target,
                               String direction) throws IOException {
        csv.printRecord(territory, volume.pathway().name(), "ACTIVITY_VOLUME", volume.type().name(),
                member == null ? "" : member.value(), year, Math.round(target), direction);
    }
}
