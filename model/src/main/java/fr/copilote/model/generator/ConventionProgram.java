package fr.copilote.model.generator;

import fr.copilote.model.convention.SharingMode;
import fr.copilote.model.territory.TerritoryCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The conventions of one cooperation: who shares with whom, since when, in which modes and with what fates.
 *
 * @param idPrefix     first part of the convention identifiers ({@code LIL})
 * @param accordYear   year the cooperation's framework accord was signed; no convention starts earlier
 * @param allowedModes the sharing modes this cooperation uses; empty for any
 * @param fates        one fate per convention of the flows (the overbooked practitioner's run regardless)
 */
record ConventionProgram(TerritoryCode territory, String idPrefix, int accordYear, List<ConventionFlow> flows,
                         Set<SharingMode> allowedModes, FateMix fates, Optional<OverbookedPractitioner> overbooked) {

    ConventionProgram {
        flows = List.copyOf(flows);
        allowedModes = Set.copyOf(allowedModes);
        int drafted = flows.stream().mapToInt(ConventionFlow::count).sum();
        if (drafted != fates.total()) {
            throw new IllegalArgumentException(idPrefix + ": " + drafted + " conventions but " + fates.total() + " fates");
        }
    }

    int conventionCount() {
        return fates.total() + overbooked.map(practitioner -> practitioner.hosts().size()).orElse(0);
    }
}
