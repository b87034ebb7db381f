package fr.copilote.model.generator;

import fr.copilote.model.activity.ActivityRecord;
import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.convention.Convention;
import fr.copilote.model.convention.ConventionStatus;
import fr.copilote.model.convention.SharingMode;
import fr.copilote.model.establishment.Finess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The consultations avancées held under signed conventions: host-side {@code CONSULTATION} rows carrying the
 * convention's id in every month the convention runs, so that the activity a convention brings is traceable.
 */
final class OutreachConsultations {

    private static final double WEEKS_PER_MONTH = 52.0 / 12;
    private static final double FEWEST_PER_HALF_DAY = 6;
    private static final double MOST_PER_HALF_DAY = 10;

    private final long seed;
    private final Map<Finess, List<PlannedConvention>> byHost = new TreeMap<>();

    OutreachConsultations(long seed, List<PlannedConvention> conventions) {
        this.seed = seed;
        for (PlannedConvention planned : conventions) {
            Convention convention = planned.convention();
            if (convention.status() == ConventionStatus.SIGNEE && convention.sharingMode() == SharingMode.CONSULTATION_AVANCEE) {
                byHost.computeIfAbsent(convention.host(), host -> new ArrayList<>()).add(planned);
            }
        }
    }

    Set<Finess> hosts() {
        return byHost.keySet();
    }

    List<ActivityRecord> rows(Period period, Finess host) {
        List<ActivityRecord> rows = new ArrayList<>();
        for (PlannedConvention planned : byHost.getOrDefault(host, List.of())) {
            Convention convention = planned.convention();
            if (runsDuring(convention, period)) {
                SplittableRandom rng = Seeds.of(seed, "consultations", convention.id().value(), period.toString());
                long volume = Math.round(convention.halfDaysPerWeek().doubleValue() * WEEKS_PER_MONTH
                        * Draws.between(rng, FEWEST_PER_HALF_DAY, MOST_PER_HALF_DAY));
                Amounts amounts = UnitPrices.amountsFor(convention.carePathway(), ActivityType.CONSULTATION, volume, 1, rng);
                rows.add(new ActivityRecord(period, host, convention.carePathway(), ActivityType.CONSULTATION, volume,
                        amounts.revenue(), amounts.directCost(), planned.territory(), convention.id()));
            }
        }
        return rows;
    }

    private static boolean runsDuring(Convention convention, Period period) {
        return !convention.startDate().isAfter(period.lastDay())
                && (convention.endDate() == null || !convention.endDate().isBefore(period.firstDay()));
    }
}
