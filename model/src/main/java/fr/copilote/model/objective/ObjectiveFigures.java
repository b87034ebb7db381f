package fr.copilote.model.objective;

import fr.copilote.model.activity.Period;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The consolidated figures the objectives of a territory are judged on, indexed in one pass over its values: only
 * the indicators the objectives name, at the scopes an objective reads, plus the months of the territory's monthly
 * series that hold activity — how a month missing from the activity file is recognised. An official figure, kept
 * per year of its base, is read from the most recent base.
 */
public final class ObjectiveFigures {

    private static final Set<PeriodScope> READ = EnumSet.of(PeriodScope.AT_DATE, PeriodScope.YEAR_TO_DATE,
            PeriodScope.YEAR_TO_DATE_N1, PeriodScope.YEAR_N1, PeriodScope.ROLLING_12);

    private record Slice(Indicator indicator, Finess entity, CarePathway pathway) {
    }

    private final Map<IndicatorKey, BigDecimal> values = new HashMap<>();
    private final Map<IndicatorKey, Integer> officialYears = new HashMap<>();
    private final Map<Indicator, Set<PeriodScope>> scopes = new EnumMap<>(Indicator.class);
    private final Set<Slice> brokenDownByType = new HashSet<>();
    private final Map<CarePathway, Set<Period>> activeMonths = new EnumMap<>(CarePathway.class);
    private final Set<Period> anyActiveMonth = new TreeSet<>();

    /** @param wanted the indicators the objectives name */
    public ObjectiveFigures(Iterable<IndicatorValue> figures, Collection<Indicator> wanted) {
        Set<Indicator> indicators = wanted.isEmpty() ? EnumSet.noneOf(Indicator.class) : EnumSet.copyOf(wanted);
        for (IndicatorValue value : figures) {
            add(value, indicators);
        }
    }

    private void add(IndicatorValue value, Set<Indicator> indicators) {
        IndicatorKey key = value.key();
        if (key.scope() == PeriodScope.MONTHLY && key.indicator() == Indicator.ACTIVITY_VOLUME && key.entity() == null
                && value.value().signum() > 0) {
            anyActiveMonth.add(key.period());
            if (key.pathway() != null) {
                activeMonths.computeIfAbsent(key.pathway(), p -> new TreeSet<>()).add(key.period());
            }
        }
        if (!indicators.contains(key.indicator()) || !READ.contains(key.scope())) {
            return;
        }
        scopes.computeIfAbsent(key.indicator(), i -> EnumSet.noneOf(PeriodScope.class)).add(key.scope());
        if (key.activityType() != null) {
            brokenDownByType.add(new Slice(key.indicator(), key.entity(), key.pathway()));
        }
        if (key.counterpart() != null || key.period() != null) {
            return;
        }
        if (!isYear(key.detail())) {
            values.put(key, value.value());
        } else {
            // An official figure is kept per year of its base: the most recent one stands for the objective.
            IndicatorKey plain = key.detail(null);
            int year = Integer.parseInt(key.detail());
            if (year >= officialYears.getOrDefault(plain, 0)) {
                officialYears.put(plain, year);
                values.put(plain, value.value());
            }
        }
    }

    private static boolean isYear(String detail) {
        return detail != null && detail.length() == 4 && detail.chars().allMatch(Character::isDigit);
    }

    public Optional<BigDecimal> value(IndicatorKey key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Whether the consolidation holds the indicator at this scope, for any breakdown. */
    public boolean hasScope(Indicator indicator, PeriodScope scope) {
        return scopes.getOrDefault(indicator, Set.of()).contains(scope);
    }

    /** Whether the indicator is kept per activity type only for this entity and pathway (a volume: one unit each). */
    public boolean brokenDownByType(Indicator indicator, Finess entity, CarePathway pathway) {
        return brokenDownByType.contains(new Slice(indicator, entity, pathway));
    }

    /** Whether the territory's monthly series holds some activity that month, in the pathway (any when null). */
    public boolean hasActivity(Period month, CarePathway pathway) {
        return pathway == null ? anyActiveMonth.contains(month) : activeMonths.getOrDefault(pathway, Set.of()).contains(month);
    }
}
