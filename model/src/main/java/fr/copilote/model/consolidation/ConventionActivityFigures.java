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
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.pet.PetEstimator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the conventions bring to the hosts' activity: the volume performed under a convention and its share of
 * the host's activity of the same type (over all pathways and per pathway), the consultations avancées per host
 * and per specialty, and the distance their patients did not have to travel (host → origin, in a straight line).
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

    /** A null pathway sums over the pathways. */
    private record EntityTypeScope(Finess entity, CarePathway pathway, ActivityType activityType, PeriodScope scope) {
    }

    /** A null entity is the territory (its counted hosts), a null specialty all of them. */
    private record HostSpecialtyScope(Finess entity, String specialty, PeriodScope scope) {
    }

    void addTo(ValueSink values) {
        Map<EntityTypeScope, Long> underConvention = new HashMap<>();
        Map<HostSpecialtyScope, Long> consultationsAvancees = new HashMap<>();
        Map<PeriodScope, BigDecimal> kilometres = new HashMap<>();
        for (ConventionActivityTotal total : totals) {
            if (!perimeter.contains(total.entity())) {
                continue;
            }
            Optional<EntityConvention> avancee = consultationAvancee(total);
            Optional<Double> km = avancee.flatMap(distances::distanceKm);
            boolean counted = perimeter.countsInTotals(total.entity());
            for (PeriodScope scope : calendar.scopesOf(total.period())) {
                for (CarePathway pathway : new CarePathway[] {null, total.pathway()}) {
                    underConvention.merge(new EntityTypeScope(total.entity(), pathway, total.activityType(), scope), total.volume(),
                            Long::sum);
                    if (counted) {
                        underConvention.merge(new EntityTypeScope(null, pathway, total.activityType(), scope), total.volume(), Long::sum);
                    }
                }
                if (avancee.isPresent()) {
                    consultationsAvancees.merge(new HostSpecialtyScope(total.entity(), null, scope), total.volume(), Long::sum);
                    if (counted) {
                        consultationsAvancees.merge(new HostSpecialtyScope(null, null, scope), total.volume(), Long::sum);
                        consultationsAvancees.merge(new HostSpecialtyScope(null, avancee.get().convention().specialty(), scope),
                                total.volume(), Long::sum);
                    }
                }
                if (counted) {
                    km.ifPresent(d -> kilometres.merge(scope, BigDecimal.valueOf(d * total.volume()), BigDecimal::add));
                }
            }
        }
        Map<ActivityLedger.Key, ActivityLedger.Sums> territoryActivity = ledger.totalOf(perimeter.countedEntities());
        underConvention.forEach((key, volume) -> {
            if (key.entity() != null && !key.scope().keptPerEstablishment()) {
                return;
            }
            IndicatorKey under = IndicatorKey.of(ACTIVITY_UNDER_CONVENTIONS, key.scope()).entity(key.entity()).pathway(key.pathway())
                    .activityType(key.activityType());
            values.add(under.is(volume));
            long all = volumeOf(key.entity() == null ? territoryActivity : ledger.of(key.entity()), key.pathway(), key.activityType(),
                    key.scope());
            if (all > 0) {
                values.add(under.as(SHARE_UNDER_CONVENTIONS).is(BigDecimal.valueOf(volume).divide(BigDecimal.valueOf(all),
                        MathContext.DECIMAL64)));
            }
        });
        consultationsAvancees.forEach((key, volume) -> {
            if (key.entity() == null || key.scope().keptPerEstablishment()) {
                values.add(IndicatorKey.of(CONSULTATIONS_AVANCEES, key.scope()).entity(key.entity()).detail(key.specialty()).is(volume));
            }
        });
        kilometres.forEach((scope, km) -> values.add(IndicatorKey.of(DISTANCE_NOT_TRAVELLED, scope).is(km)));
    }

    /** The convention of consultations held under a consultation-avancée convention. */
    private Optional<EntityConvention> consultationAvancee(ConventionActivityTotal total) {
        EntityConvention convention = conventions.get(total.convention());
        if (convention == null || total.activityType() != ActivityType.CONSULTATION
                || convention.convention().sharingMode() != SharingMode.CONSULTATION_AVANCEE) {
            return Optional.empty();
        }
        return Optional.of(convention);
    }

    /** @param pathway null for all pathways */
    private static long volumeOf(Map<ActivityLedger.Key, ActivityLedger.Sums> sums, CarePathway pathway, ActivityType type,
                                 PeriodScope scope) {
        long volume = 0;
        for (Map.Entry<ActivityLedger.Key, ActivityLedger.Sums> entry : sums.entrySet()) {
            if (entry.getKey().activityType() == type && entry.getKey().scope() == scope
                    && (pathway == null || entry.getKey().pathway() == pathway)) {
                volume += entry.getValue().volume();
            }
        }
        return volume;
    }
}
