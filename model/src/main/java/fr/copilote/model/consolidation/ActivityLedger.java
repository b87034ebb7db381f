package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each legal entity's activity summed by care pathway, activity type and period scope. Fed one monthly total
 * at a time, so its size depends on the number of entities and codes, never on the number of activity rows.
 */
public final class ActivityLedger {

    /** What one entity did in one pathway, activity type and scope. */
    public record Key(Finess entity, CarePathway pathway, ActivityType activityType, PeriodScope scope) {
    }

    /** Summed volume, revenue and direct cost. */
    public record Sums(long volume, BigDecimal revenueEur, BigDecimal directCostEur) {
        static final Sums ZERO = new Sums(0, BigDecimal.ZERO, BigDecimal.ZERO);

        Sums plus(long v, BigDecimal revenue, BigDecimal cost) {
            return new Sums(volume + v, revenueEur.add(revenue), directCostEur.add(cost));
        }

        Sums plus(Sums other) {
            return plus(other.volume, other.revenueEur, other.directCostEur);
        }
    }

    private final ReportingCalendar calendar;
    private final Map<Key, Sums> sums = new HashMap<>();

    public ActivityLedger(ReportingCalendar calendar) {
        this.calendar = calendar;
    }

    public void add(ActivityTotal total) {
        for (PeriodScope scope : calendar.scopesOf(total.period())) {
            sums.merge(new Key(total.entity(), total.pathway(), total.activityType(), scope),
                    Sums.ZERO.plus(total.volume(), total.revenueEur(), total.directCostEur()), Sums::plus);
        }
    }

    public Map<Key, Sums> of(Finess entity) {
        return sums.entrySet().stream().filter(entry -> entry.getKey().entity().equals(entity))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The entities' sums added up, keyed without the entity (the key's entity is null). */
    public Map<Key, Sums> totalOf(Set<Finess> entities) {
        Map<Key, Sums> total = new HashMap<>();
        sums.forEach((key, value) -> {
            if (entities.contains(key.entity())) {
                total.merge(new Key(null, key.pathway(), key.activityType(), key.scope()), value, Sums::plus);
            }
        });
        return total;
    }
}
