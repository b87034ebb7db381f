package fr.copilote.model.generator;

import fr.copilote.model.territory.Membership;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The memberships of a national-scale data set: each territory's own establishments, plus about one
 * establishment in a hundred that is also a partner of the nearest territory (a support acting as recourse
 * beyond its group), so that the two-territory case is exercised.
 */
final class NationalMemberships {

    private static final int ESTABLISHMENTS_PER_DOUBLE_MEMBERSHIP = 100;

    private NationalMemberships() {
    }

    /** Own memberships first: an establishment's home territory is the first it is listed in. */
    static List<Membership> of(List<TerritoryDraft> territories, Map<TerritoryCode, List<TerritoryCode>> neighbours,
                               long seed) {
        List<Membership> memberships = new ArrayList<>();
        Map<TerritoryCode, String> names = new TreeMap<>();
        for (TerritoryDraft territory : territories) {
            names.put(territory.code(), territory.name());
            territory.members().forEach(member -> memberships.add(new Membership(territory.code(), territory.name(),
                    member.site().finess(), member.role())));
        }
        if (territories.size() < 2) {
            return memberships;
        }
        int doubles = Math.max(1, memberships.size() / ESTABLISHMENTS_PER_DOUBLE_MEMBERSHIP);
        SplittableRandom rng = Seeds.of(seed, "double-appartenance");
        for (TerritoryDraft territory : Draws.shuffled(rng, territories).subList(0, Math.min(doubles, territories.size()))) {
            TerritoryCode nearest = neighbours.get(territory.code()).get(0);
            memberships.add(new Membership(nearest, names.get(nearest), territory.support(), MembershipRole.PARTNER));
        }
        return memberships;
    }
}
