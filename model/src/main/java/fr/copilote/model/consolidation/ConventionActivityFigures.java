package fr.copilote.model.consolidation;

import static fr.copilote.model.indicator.Indicator.*;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.convention.SharingMode;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ValueSink;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.pet.PetEstimator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the conventions bring to the hosts' activity: the volume performed under a convention and its share of
 * the host's activity of the same type, and the distance the patients of consultations avancées did not have
 * to travel (host → origin, in a straight line).
 */
final class ConventionActivityFigures {

    private final TerritoryPerimeter perimeter;
    private final ReportingCalendar calendar;
    private final List<ConventionActivityTotal> totals;
    private final Map<ConventionId, EntityConvention> conventions;
    private final ActivityLedger ledger;
    private final PetEstimator distances;

    ConventionActivityFigures(TerritoryPerimeter perimeter, ReportingCalendar calendar, List<ConventionActivityTotal> totals,
                              Map<ConventionId, EntityConvention> conventions, ActivityLedger ledger, PetEstimator distances) {
        this.perimeter = perimeter;
        this.calendar = calendar;
        this.totals = totals;
        this.conventions = conventions;
        this.ledger = ledger;
        this.distances = distances;
    }

    private record EntityTypeScope(Finess entity, ActivityType activityType, PeriodScope scope) {
    }

    void addTo(ValueSink values) {
        Map<EntityTypeScope, Long> underConvention = new HashMap<>();
        Map<PeriodScope, BigDecimal> kilometres = new HashMap<>();
        for (ConventionActivityTotal total : totals) {
            if (!perimeter.contains(total.entity())) {
                continue;
            }
            Optional<Double> km = consultationAvanceeDistance(total);
            for (PeriodScope scope : calendar.scopesOf(total.period())) {
                underConvention.merge(new EntityTypeScope(total.entity(), total.activityType(), scope), total.volume(), Long::sum);
                if (perimeter.countsInTotals(total.entity())) {
                    underConvention.merge(new EntityTypeScope(null, total.activityType(), scope), total.volume(), Long::sum);
                    km.ifPresent(d -> kilometres.merge(scope, BigDecimal.valueOf(d * total.volume()), BigDecimal::add));
                }
            }
        }
        Map<ActivityLedger.Key, ActivityLedger.Sums> territoryActivity = ledger.totalOf(perimeter.countedEntities());
        underConvention.forEach((key, volume) -> {
            if (key.entity() != null && !key.scope().keptPerEstablishment()) {
                return;
            }
            values.add(IndicatorKey.of(ACTIVITY_UNDER_CONVENTIONS, key.scope()).entity(key.entity())
                    .activityType(key.activityType()).is(volume));
            long all = volumeOf(key.entity() == null ? territoryActivity : ledger.of(key.entity()), key.activityType(), key.scope());
            if (all > 0) {
                values.add(IndicatorKey.of(SHARE_UNDER_CONVENTIONS, key.scope()).entity(key.entity()).activityType(key.activityType())
                        .is(BigDecimal.valueOf(volume).divide(BigDecimal.valueOf(all), MathContext.DECIMAL64)));
            }
        });
        kilometres.forEach((scope, km) -> values.add(IndicatorKey.of(DISTANCE_NOT_TRAVELLED, scope).is(km)));
    }

    /** Distance host → origin for consultations held under a consultation-avancée convention, when known. */
    private Optional<Double> consultationAvanceeDistance(ConventionActivityTotal total) {
        EntityConvention convention = conventions.get(total.convention());
        if (convention == null || total.activityType() != ActivityType.CONSULTATION
                || convention.convention().sharingMode() != SharingMode.CONSULTATION_AVANCEE) {
            return Optional.empty();
        }
        return distances.distanceKm(convention);
    }

    private static long volumeOf(Map<ActivityLedger.Key, ActivityLedger.Sums> sums, ActivityType type, PeriodScope scope) {
        long volume = 0;
        for (Map.Entry<ActivityLedger.Key, ActivityLedger.Sums> entry : sums.entrySet()) {
            if (entry.getKey().activityType() == type && entry.getKey().scope() == scope) {
                volume += entry.getValue().volume();
            }
        }
        return volume;
    }
}
