package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each legal entity's activity summed by care pathway, activity type and period scope. Fed one monthly total
 * at a time, so its size depends on the number of entities and codes, never on the number of activity rows.
 */
public final class ActivityLedger {

    /** What one entity did in one pathway, activity type and scope; a null entity is a sum over entities. */
    public record Key(Finess entity, CarePathway pathway, ActivityType activityType, PeriodScope scope) {
    }

    /** Summed volume, revenue and direct cost. */
    public record Sums(long volume, BigDecimal revenueEur, BigDecimal directCostEur) {
        public static final Sums ZERO = new Sums(0, BigDecimal.ZERO, BigDecimal.ZERO);

        public Sums plus(Sums other) {
            return new Sums(volume + other.volume, revenueEur.add(other.revenueEur), directCostEur.add(other.directCostEur));
        }
    }

    private final ReportingCalendar calendar;
    private final Map<Finess, Map<Key, Sums>> byEntity = new HashMap<>();
    private final CalendarYearActivity calendarYears = new CalendarYearActivity();

    public ActivityLedger(ReportingCalendar calendar) {
        this.calendar = calendar;
    }

    public void add(ActivityTotal total) {
        calendarYears.add(total);
        Set<PeriodScope> scopes = calendar.activityScopesOf(total.period());
        if (scopes.isEmpty()) {
            return;
        }
        Sums sums = new Sums(total.volume(), total.revenueEur(), total.directCostEur());
        Map<Key, Sums> entity = byEntity.computeIfAbsent(total.entity(), k -> new HashMap<>());
        for (PeriodScope scope : scopes) {
            entity.merge(new Key(total.entity(), total.pathway(), total.activityType(), scope), sums, Sums::plus);
        }
    }

    public Map<Key, Sums> of(Finess entity) {
        return byEntity.getOrDefault(entity, Map.of());
    }

    /** The entities' sums added up, keyed without the entity (the key's entity is null). */
    public Map<Key, Sums> totalOf(Collection<Finess> entities) {
        Map<Key, Sums> total = new HashMap<>();
        for (Finess entity : entities) {
            of(entity).forEach((key, value) ->
                    total.merge(new Key(null, key.pathway(), key.activityType(), key.scope()), value, Sums::plus));
        }
        return total;
    }

    /** The same activity per calendar year, to set beside the SAE's yearly figures. */
    public CalendarYearActivity calendarYears() {
        return calendarYears;
    }

    public List<Finess> entities() {
        return List.copyOf(byEntity.keySet());
    }
}
