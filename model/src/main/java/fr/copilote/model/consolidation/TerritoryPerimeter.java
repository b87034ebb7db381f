package fr.copilote.model.consolidation;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.TerritoryCode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is in a territory, at legal-entity level: several sites of one entity count once. Support and member
 * establishments make the territory's totals; partners are shown beside them, outside the totals, unless the
 * territory is configured to count them.
 */
public record TerritoryPerimeter(TerritoryCode code, String name, List<TerritoryMember> members, boolean partnersInTotals) {

    /** The code of the virtual territory that gathers every territory of a run. */
    public static final TerritoryCode ALL_TERRITORIES = new TerritoryCode("TOUS");

    public TerritoryPerimeter {
        members = members.stream()
                .sorted(Comparator.comparing(TerritoryMember::role).thenComparing(TerritoryMember::name))
                .toList();
    }

    public Optional<TerritoryMember> member(Finess entity) {
        return members.stream().filter(member -> member.entity().equals(entity)).findFirst();
    }

    public boolean contains(Finess entity) {
        return member(entity).isPresent();
    }

    /** Whether the entity's figures enter the territory's totals. */
    public boolean countsInTotals(Finess entity) {
        return member(entity).map(member -> partnersInTotals || member.role().countsInTotals()).orElse(false);
    }

    public Map<Finess, TerritoryMember> byEntity() {
        return members.stream().collect(Collectors.toMap(TerritoryMember::entity, Function.identity()));
    }
}
