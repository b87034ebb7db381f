package fr.copilote.model.generator;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.territory.TerritoryCode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What one establishment of {@code territoires.csv} does in a year, and the traits that stay fixed over the
 * window: its price level and each pathway's yearly growth.
 *
 * @param home          the territory its patients mostly come from: its first territory when it has two
 * @param yearlyGrowth  relative change from one year to the next, a few percent either way
 */
record ActivityProfile(Finess finess, TerritoryCode home, List<PathwayPlan> plans, double priceFactor,
                       Map<CarePathway, Double> yearlyGrowth) {

    ActivityProfile {
        plans = List.copyOf(plans);
        yearlyGrowth = Collections.unmodifiableMap(new EnumMap<>(yearlyGrowth));
    }

    static ActivityProfile draw(long seed, Finess finess, TerritoryCode home, AnnualFigures figures) {
        SplittableRandom rng = Seeds.of(seed, "profil", finess.value());
        List<PathwayPlan> plans = ActivityBreakdown.of(figures);
        Map<CarePathway, Double> growth = new EnumMap<>(CarePathway.class);
        for (PathwayPlan plan : plans) {
            growth.put(plan.pathway(), Draws.between(rng, -0.04, 0.05));
        }
        return new ActivityProfile(finess, home, plans, Draws.between(rng, 0.95, 1.08), growth);
    }
}
