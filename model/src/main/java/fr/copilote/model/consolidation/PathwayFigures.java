package fr.copilote.model.consolidation;

import static fr.copilote.model.indicator.Indicator.AMBULATORY_SURGERY_RATE;
import static fr.copilote.model.indicator.Indicator.BIOLOGY_INTERNALISATION_RATE;
import static fr.copilote.model.indicator.Indicator.HEADLINE_VOLUME;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ValueSink;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.pathway.HeadlineUnit;
import fr.copilote.model.pathway.HeadlineUnits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Each pathway steered in its own units: its volume in each of its headline units, the ambulatory surgery rate,
 * and the territory's biology internalisation rate. Read from the same ledger sums as the activity figures; over the
 * whole N-1 year, which is there to project objectives, the volumes only: a rate is never projected.
 */
final class PathwayFigures {

    private final TerritoryPerimeter perimeter;
    private final ActivityLedger ledger;
    private final HeadlineUnits units;
    private final Set<Finess> publicEntities;

    PathwayFigures(TerritoryPerimeter perimeter, ActivityLedger ledger, HeadlineUnits units, Set<Finess> publicEntities) {
        this.perimeter = perimeter;
        this.ledger = ledger;
        this.units = units;
        this.publicEntities = publicEntities;
    }

    private record UnitScope(CarePathway pathway, HeadlineUnit unit, PeriodScope scope) {
    }

    void addTo(ValueSink values) {
        for (TerritoryMember member : perimeter.members()) {
            add(values, member.entity(), ledger.of(member.entity()));
        }
        add(values, null, ledger.totalOf(perimeter.countedEntities()));
        addBiologyInternalisation(values);
    }

    /** @param entity null for the territory's total */
    private void add(ValueSink values, Finess entity, Map<ActivityLedger.Key, ActivityLedger.Sums> sums) {
        Map<UnitScope, Long> volumes = new HashMap<>();
        sums.forEach((key, value) -> {
            if (entity != null && !key.scope().keptPerEstablishment()) {
                return;
            }
            for (HeadlineUnit unit : units.of(key.pathway())) {
                if (unit.counts(key.activityType())) {
                    volumes.merge(new UnitScope(key.pathway(), unit, key.scope()), value.volume(), Long::sum);
                }
            }
        });
        volumes.forEach((us, volume) -> {
            if (volume > 0) {
                values.add(IndicatorKey.of(HEADLINE_VOLUME, us.scope()).entity(entity).pathway(us.pathway()).detail(us.unit().name())
                        .is(volume));
            }
        });
        Map<PeriodScope, long[]> surgery = new HashMap<>();
        sums.forEach((key, value) -> {
            if (key.pathway() == CarePathway.CHIRURGIE_ANESTHESIE && (entity == null || key.scope().keptPerEstablishment())) {
                long[] stays = surgery.computeIfAbsent(key.scope(), k -> new long[2]);
                if (key.activityType() == ActivityType.SEJOUR_AMBULATOIRE) {
                    stays[0] += value.volume();
                    stays[1] += value.volume();
                } else if (key.activityType() == ActivityType.SEJOUR_HC) {
                    stays[1] += value.volume();
                }
            }
        });
        surgery.forEach((scope, stays) -> {
            if (stays[1] > 0 && scope != PeriodScope.YEAR_N1) {
                values.add(IndicatorKey.of(AMBULATORY_SURGERY_RATE, scope).entity(entity).pathway(CarePathway.CHIRURGIE_ANESTHESIE)
                        .is(ratio(stays[0], stays[1])));
            }
        });
    }

    /**
     * Biology acts of the counted public members over those of every member and partner, counted or not: the
     * partners are where the acts the territory wants back are done. Members whose legal status the directory
     * does not give are not counted as public; without any public member known, no rate is given.
     */
    private void addBiologyInternalisation(ValueSink values) {
        if (perimeter.members().stream().noneMatch(m -> publicEntities.contains(m.entity()))) {
            return;
        }
        Map<PeriodScope, long[]> acts = new HashMap<>();
        for (TerritoryMember member : perimeter.members()) {
            boolean internal = perimeter.countsInTotals(member.entity()) && publicEntities.contains(member.entity());
            ledger.of(member.entity()).forEach((key, value) -> {
                if (key.pathway() == CarePathway.BIOLOGIE && key.activityType() == ActivityType.ACTE) {
                    long[] counts = acts.computeIfAbsent(key.scope(), k -> new long[2]);
                    counts[1] += value.volume();
                    if (internal) {
                        counts[0] += value.volume();
                    }
                }
            });
        }
        acts.forEach((scope, counts) -> {
            if (counts[1] > 0 && scope != PeriodScope.YEAR_N1) {
                values.add(IndicatorKey.of(BIOLOGY_INTERNALISATION_RATE, scope).pathway(CarePathway.BIOLOGIE)
                        .is(ratio(counts[0], counts[1])));
            }
        });
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
    }
}
