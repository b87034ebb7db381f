package fr.copilote.model.consolidation;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ValueSink;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Published official figures (SAE) per legal entity, consolidated like the rest: each member's figure, and the
 * territory's as the sum over its counted members. The year of the base is carried as the detail.
 *
 * @param year    the SAE year the figures are from
 * @param figures per indicator, the figure of each legal entity that published one
 */
public record OfficialFigures(int year, Map<Indicator, Map<Finess, BigDecimal>> figures) {

    public static OfficialFigures none() {
        return new OfficialFigures(0, Map.of());
    }

    void addTo(TerritoryPerimeter perimeter, ValueSink values) {
        String detail = String.valueOf(year);
        figures.forEach((indicator, byEntity) -> {
            BigDecimal total = BigDecimal.ZERO;
            boolean any = false;
            for (TerritoryMember member : perimeter.members()) {
                BigDecimal figure = byEntity.get(member.entity());
                if (figure == null) {
                    continue;
                }
                IndicatorKey key = IndicatorKey.of(indicator, PeriodScope.AT_DATE).entity(member.entity()).detail(detail);
                values.add(key.is(figure));
                if (perimeter.countsInTotals(member.entity())) {
                    total = total.add(figure);
                    any = true;
                }
            }
            if (any) {
                values.add(IndicatorKey.of(indicator, PeriodScope.AT_DATE).detail(detail).is(total));
            }
        });
    }

    /** The indicators this holds, for documentation and tests. */
    public List<Indicator> indicators() {
        return List.copyOf(figures.keySet());
    }
}
