package fr.copilote.model.consolidation;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ValueSink;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published official figures (SAE) per legal entity, consolidated like the rest: each member's figure, and the
 * territory's as the sum over its counted members. The year of the base is carried as the detail, so that the most
 * recent base and the one of the year before sit side by side. The MCO occupancy rate is derived here from two
 * published figures of the same year, as a ratio of sums.
 *
 * @param bases one set of figures per SAE year loaded
 */
public record OfficialFigures(List<Base> bases) {

    /**
     * The figures of one SAE year.
     *
     * @param figures per indicator, the figure of each legal entity that published one
     */
    public record Base(int year, Map<Indicator, Map<Finess, BigDecimal>> figures) {

        public Base {
            figures = Map.copyOf(figures);
        }
    }

    public OfficialFigures {
        bases = List.copyOf(bases);
    }

    /** The figures of a single year. */
    public OfficialFigures(int year, Map<Indicator, Map<Finess, BigDecimal>> figures) {
        this(List.of(new Base(year, figures)));
    }

    public static OfficialFigures none() {
        return new OfficialFigures(List.of());
    }

    void addTo(TerritoryPerimeter perimeter, ValueSink values) {
        for (Base base : bases) {
            String detail = String.valueOf(base.year());
            base.figures().forEach((indicator, byEntity) -> {
                BigDecimal total = BigDecimal.ZERO;
                boolean any = false;
                for (TerritoryMember member : perimeter.members()) {
                    BigDecimal figure = byEntity.get(member.entity());
                    if (figure == null) {
                        continue;
                    }
                    values.add(key(indicator, detail).entity(member.entity()).is(figure));
                    if (perimeter.countsInTotals(member.entity())) {
                        total = total.add(figure);
                        any = true;
                    }
                }
                if (any) {
                    values.add(key(indicator, detail).is(total));
                }
            });
            addOccupancyRate(perimeter, base, values);
        }
    }

    /** JOU_MCO ÷ JLI_MCO per member; the territory's over the counted members that publish both. */
    private static void addOccupancyRate(TerritoryPerimeter perimeter, Base base, ValueSink values) {
        Map<Finess, BigDecimal> days = base.figures().get(Indicator.SAE_MCO_DAYS);
        Map<Finess, BigDecimal> bedDays = base.figures().get(Indicator.SAE_MCO_BED_DAYS);
        if (days == null || bedDays == null) {
            return;
        }
        String detail = String.valueOf(base.year());
        BigDecimal territoryDays = BigDecimal.ZERO;
        BigDecimal territoryBedDays = BigDecimal.ZERO;
        for (TerritoryMember member : perimeter.members()) {
            BigDecimal memberDays = days.get(member.entity());
            BigDecimal memberBedDays = bedDays.get(member.entity());
            if (memberDays == null || memberBedDays == null || memberBedDays.signum() <= 0) {
                continue;
            }
            values.add(key(Indicator.SAE_MCO_OCCUPANCY_RATE, detail).entity(member.entity())
                    .is(memberDays.divide(memberBedDays, MathContext.DECIMAL64)));
            if (perimeter.countsInTotals(member.entity())) {
                territoryDays = territoryDays.add(memberDays);
                territoryBedDays = territoryBedDays.add(memberBedDays);
            }
        }
        if (territoryBedDays.signum() > 0) {
            values.add(key(Indicator.SAE_MCO_OCCUPANCY_RATE, detail).is(territoryDays.divide(territoryBedDays, MathContext.DECIMAL64)));
        }
    }

    private static IndicatorKey key(Indicator indicator, String detail) {
        return IndicatorKey.of(indicator, PeriodScope.AT_DATE).detail(detail);
    }

    /** The most recent year whose base holds this indicator, and that base. */
    Optional<Base> latestWith(Indicator indicator) {
        return bases.stream().filter(base -> base.figures().containsKey(indicator))
                .max(java.util.Comparator.comparingInt(Base::year));
    }

    /** The indicators this holds, for documentation and tests. */
    public List<Indicator> indicators() {
        List<Indicator> indicators = new ArrayList<>();
        bases.forEach(base -> base.figures().keySet().stream().filter(i -> !indicators.contains(i)).forEach(indicators::add));
        if (indicators.contains(Indicator.SAE_MCO_DAYS) && indicators.contains(Indicator.SAE_MCO_BED_DAYS)) {
            indicators.add(Indicator.SAE_MCO_OCCUPANCY_RATE);
        }
        return List.copyOf(indicators);
    }
}
