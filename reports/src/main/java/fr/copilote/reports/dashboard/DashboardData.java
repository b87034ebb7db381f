package fr.copilote.reports.dashboard;

import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.objective.ObjectiveResult;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one territory's workbook shows: its consolidated figures, its conventions, its activity detail
 * (streamed), and the receipt of the run. Assembled by the scheduler from the stores; the reports module only
 * lays it out.
 *
 * @param entityNames           names of every legal entity the figures mention, members and the outside ends of flows
 * @param entitiesNamedFromSites those of them whose name is not their own but made up from their sites (no SAE
 *                              {@code ST} base loaded): flagged on the Qualité des données sheet
 * @param objectives            the territory's objectives judged against its figures, in the order of objectifs.csv
 */
public record DashboardData(TerritoryConsolidation consolidation, Map<Finess, String> entityNames,
                            List<ConventionLine> conventions, ActivityDetail activity, RunReceipt receipt,
                            Set<Finess> entitiesNamedFromSites, List<ObjectiveResult> objectives) {

    public DashboardData {
        entitiesNamedFromSites = Set.copyOf(entitiesNamedFromSites);
        objectives = List.copyOf(objectives);
    }

    /** A territory without objectives. */
    public DashboardData(TerritoryConsolidation consolidation, Map<Finess, String> entityNames, List<ConventionLine> conventions,
                         ActivityDetail activity, RunReceipt receipt, Set<Finess> entitiesNamedFromSites) {
        this(consolidation, entityNames, conventions, activity, receipt, entitiesNamedFromSites, List.of());
    }

    /** Every entity named by its own name. */
    public DashboardData(TerritoryConsolidation consolidation, Map<Finess, String> entityNames, List<ConventionLine> conventions,
                         ActivityDetail activity, RunReceipt receipt) {
        this(consolidation, entityNames, conventions, activity, receipt, Set.of());
    }

    public String nameOf(Finess entity) {
        return entityNames.getOrDefault(entity, entity.value());
    }
}
