package fr.copilote.model.pet;

import fr.copilote.model.consolidation.EntityConvention;
import fr.copilote.model.convention.Rpps;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.GeoPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Estimates the prime d'exercice territorial of each practitioner on a date: the weekly half-days of their
 * conventions in force whose host site is at least 20 km from the origin site (great-circle distance: the text
 * asks for the road distance, which is never shorter, so a straight line of 20 km or more is sufficient proof,
 * while a shorter one may still qualify by road and is left out — an underestimate, said in the docs), priced
 * with the scale in force on that date. Conventions whose sites have no known position are left out too.
 */
public final class PetEstimator {

    /** The minimum distance between the main site and the other site, set by the arrêté du 14 mars 2017. */
    public static final double MINIMUM_KM = 20.0;

    private final PetScales scales;
    private final Function<Finess, Optional<GeoPoint>> positions;

    public PetEstimator(PetScales scales, Function<Finess, Optional<GeoPoint>> positions) {
        this.scales = scales;
        this.positions = positions;
    }

    public boolean farEnough(EntityConvention convention) {
        return distanceKm(convention).filter(km -> km >= MINIMUM_KM).isPresent();
    }

    public Optional<Double> distanceKm(EntityConvention convention) {
        Optional<GeoPoint> origin = positions.apply(convention.convention().origin());
        Optional<GeoPoint> host = positions.apply(convention.convention().host());
        return origin.isPresent() && host.isPresent() ? Optional.of(origin.get().distanceKmTo(host.get())) : Optional.empty();
    }

    /** One estimate per practitioner with eligible time, in the order of the conventions given. */
    public List<PetEstimate> estimate(List<EntityConvention> conventions, LocalDate day) {
        PetScale scale = scales.inForceOn(day);
        Map<Rpps, List<EntityConvention>> byPractitioner = new LinkedHashMap<>();
        for (EntityConvention c : conventions) {
            if (c.convention().inForceOn(day) && farEnough(c)) {
                byPractitioner.computeIfAbsent(c.convention().practitioner(), k -> new ArrayList<>()).add(c);
            }
        }
        List<PetEstimate> estimates = new ArrayList<>();
        byPractitioner.forEach((rpps, list) -> {
            BigDecimal halfDays = list.stream().map(c -> c.convention().halfDaysPerWeek()).reduce(BigDecimal.ZERO, BigDecimal::add);
            Set<Finess> sites = new HashSet<>();
            list.forEach(c -> sites.add(c.convention().host()));
            scale.monthlyAmount(halfDays, sites.size()).ifPresent(amount ->
                    estimates.add(new PetEstimate(rpps, list.get(0).originEntity(), halfDays, sites.size(), amount)));
        });
        return estimates;
    }
}
