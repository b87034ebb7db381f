package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each territory's month-by-month activity over its counted members, built in the same pass as the activity
 * ledger: every monthly total of an entity is added to the series of each territory that counts it. Its size
 * is territories × pathways × types × months, whatever the number of rows.
 */
public final class MonthlySeries {

    private record Cell(CarePathway pathway, ActivityType activityType, Period period) {
    }

    private final Map<Finess, List<String>> territoriesCounting = new HashMap<>();
    private final Map<String, Map<Cell, MonthlyTotal>> series = new HashMap<>();

    public MonthlySeries(List<TerritoryPerimeter> perimeters) {
        for (TerritoryPerimeter perimeter : perimeters) {
            for (Finess entity : perimeter.countedEntities()) {
                territoriesCounting.computeIfAbsent(entity, k -> new ArrayList<>()).add(perimeter.code().value());
            }
        }
    }

    public void add(ActivityTotal total) {
        for (String territory : territoriesCounting.getOrDefault(total.entity(), List.of())) {
            series.computeIfAbsent(territory, k -> new LinkedHashMap<>()).merge(
                    new Cell(total.pathway(), total.activityType(), total.period()),
                    new MonthlyTotal(total.pathway(), total.activityType(), total.period(), total.volume(), total.revenueEur(),
                            total.directCostEur()),
                    (a, b) -> new MonthlyTotal(a.pathway(), a.activityType(), a.period(), a.volume() + b.volume(),
                            a.revenueEur().add(b.revenueEur()), a.directCostEur().add(b.directCostEur())));
        }
    }

    public List<MonthlyTotal> of(String territory) {
        return List.copyOf(series.getOrDefault(territory, Map.of()).values());
    }
}
