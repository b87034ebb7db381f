package fr.copilote.model.generator;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.Membership;
import fr.copilote.model.territory.TerritoryCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each establishment of a membership list with its home territory: the first one it is listed in. */
final class HomeTerritories {

    private HomeTerritories() {
    }

    /** In order of first appearance, so that iterating it is deterministic. */
    static Map<Finess, TerritoryCode> of(List<Membership> memberships) {
        Map<Finess, TerritoryCode> homes = new LinkedHashMap<>();
        memberships.forEach(membership -> homes.putIfAbsent(membership.finess(), membership.territory()));
        return homes;
    }
}
