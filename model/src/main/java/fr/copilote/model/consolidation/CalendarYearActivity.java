package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Each legal entity's activity per calendar year — the span an SAE base covers, unlike the scopes of the reporting
 * calendar: which months it sent, and its volume per care pathway and activity type. Fed one monthly total at a
 * time, over the months the run reads.
 */
public final class CalendarYearActivity {

    private record EntityYear(Finess entity, int year) {
    }

    private record Kind(CarePathway pathway, ActivityType type) {
    }

    /** Months sent, one bit per month (bit 0 for January). */
    private final Map<EntityYear, Integer> months = new HashMap<>();
    private final Map<EntityYear, Map<Kind, Long>> volumes = new HashMap<>();

    void add(ActivityTotal total) {
        EntityYear key = new EntityYear(total.entity(), total.period().month().getYear());
        months.merge(key, 1 << (total.period().month().getMonthValue() - 1), (a, b) -> a | b);
        volumes.computeIfAbsent(key, k -> new HashMap<>()).merge(new Kind(total.pathway(), total.activityType()), total.volume(),
                Long::sum);
    }

    /** How many months of the year the entity sent at least one row for (0 to 12). */
    public int monthsSent(Finess entity, int year) {
        return Integer.bitCount(months.getOrDefault(new EntityYear(entity, year), 0));
    }

    /** The entity's volume of one activity type over the year, in the pathways that pass the filter. */
    public long volume(Finess entity, int year, ActivityType type, Predicate<CarePathway> pathways) {
        long sum = 0;
        for (Map.Entry<Kind, Long> entry : volumes.getOrDefault(new EntityYear(entity, year), Map.of()).entrySet()) {
            if (entry.getKey().type() == type && pathways.test(entry.getKey().pathway())) {
                sum += entry.getValue();
            }
        }
        return sum;
    }
}
