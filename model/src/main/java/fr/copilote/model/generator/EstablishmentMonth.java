package fr.copilote.model.generator;

import fr.copilote.model.activity.ActivityRecord;
import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The activity rows of one establishment in one month, split by patient residence within a row budget. */
final class EstablishmentMonth {

    /** Below this many units a month, splitting an activity by residence would only write rows of zeros. */
    private static final long LEAST_VOLUME_PER_PART = 20;

    private EstablishmentMonth() {
    }

    static List<ActivityRecord> rows(ActivityProfile profile, Period period, int anchorYear, long budget,
                                     PatientOrigins origins, SplittableRandom rng) {
        List<PathwayPlan> plans = profile.plans();
        // Volumes are drawn before the budget is looked at, so they do not depend on how many rows are aimed at.
        List<Map<ActivityType, Long>> volumes = new ArrayList<>(plans.size());
        int[] typeCounts = new int[plans.size()];
        int[] mostParts = new int[plans.size()];
        for (int i = 0; i < plans.size(); i++) {
            PathwayPlan plan = plans.get(i);
            Map<ActivityType, Long> monthly = MonthlyVolumes.of(plan, profile.yearlyGrowth().get(plan.pathway()),
                    period.month(), anchorYear, rng);
            volumes.add(monthly);
            typeCounts[i] = plan.types().size();
            long largest = monthly.values().stream().mapToLong(Long::longValue).max().orElse(0);
            mostParts[i] = (int) Math.min(origins.mostParts(profile.home()), 1 + largest / LEAST_VOLUME_PER_PART);
        }
        int[] parts = PartsPlanner.plan(typeCounts, mostParts, budget, rng);
        List<ActivityRecord> rows = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (parts[i] == 0) {
                continue;
            }
            PatientOrigins.Split residences = origins.split(profile.home(), parts[i], rng);
            PathwayPlan plan = plans.get(i);
            volumes.get(i).forEach((type, volume) -> {
                long[] split = Apportionment.split(volume, residences.shares());
                for (int j = 0; j < split.length; j++) {
                    Amounts amounts = UnitPrices.amountsFor(plan.pathway(), type, split[j], profile.priceFactor(), rng);
                    rows.add(new ActivityRecord(period, profile.finess(), plan.pathway(), type, split[j], amounts.revenue(),
                            amounts.directCost(), residences.residences().get(j).orElse(null), null));
                }
            });
        }
        return rows;
    }
}
