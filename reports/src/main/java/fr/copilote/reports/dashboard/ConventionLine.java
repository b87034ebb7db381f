package fr.copilote.reports.dashboard;

import fr.copilote.model.consolidation.EntityConvention;
import java.util.OptionalDouble;

/**
 * One convention as the Conventions sheet shows it: the convention, the names of both ends, where it stands
 * for the territory, the straight-line distance between its sites.
 *
 * @param flowKind  « Interne », « Externe » or « Hors totaux » (between two establishments outside the totals)
 * @param distanceKm great-circle distance between origin and host sites, when both are located
 */
public record ConventionLine(EntityConvention convention, String originName, String hostName, String flowKind,
                             OptionalDouble distanceKm) {
}
