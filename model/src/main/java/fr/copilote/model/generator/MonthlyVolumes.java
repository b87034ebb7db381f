package fr.copilote.model.generator;

import fr.copilote.model.activity.ActivityType;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/** One month of a pathway plan: a twelfth of the year, shaped by the season, the trend and some noise. */
final class MonthlyVolumes {

    private MonthlyVolumes() {
    }

    /**
     * @param anchorYear the year the yearly figures describe (SAE 2023 for the sample); the trend is 1 in its
     *                   January and compounds {@code growth} a year from there, smoothly month by month
     */
    static Map<ActivityType, Long> of(PathwayPlan plan, double growth, YearMonth month, int anchorYear,
                                      SplittableRandom rng) {
        double yearsFromAnchor = (month.getYear() - anchorYear) + (month.getMonthValue() - 1) / 12.0;
        // StrictMath: the same bits on every JVM, or the files would differ between machines.
        double level = Seasonality.factor(plan.pathway(), month.getMonth()) * StrictMath.pow(1 + growth, yearsFromAnchor) / 12;
        Map<ActivityType, Long> volumes = new EnumMap<>(ActivityType.class);
        plan.annualVolumes().forEach((type, annual) -> {
            if (type != ActivityType.JOURNEE || !plan.derivesDays()) {
                volumes.put(type, Math.round(annual * level * Draws.between(rng, 0.93, 1.07)));
            }
        });
        if (plan.derivesDays()) {
            long stays = volumes.get(ActivityType.SEJOUR_HC);
            volumes.put(ActivityType.JOURNEE, Math.round(stays * plan.daysPerStay() * Draws.between(rng, 0.97, 1.03)));
        }
        return volumes;
    }
}
