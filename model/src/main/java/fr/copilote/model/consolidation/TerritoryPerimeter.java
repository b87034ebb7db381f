package fr.copilote.model.consolidation;

import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.Membership;
import fr.copilote.model.territory.TerritoryCode;
import java.util.Comparator;
import java.util.LinkedHashMap;
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

    /**
     * Members are kept at legal-entity level: an entity listed several times (by several of its sites, or by a
     * site and by itself) is one member, with the strongest of its roles.
     */
    public TerritoryPerimeter {
        Map<Finess, TerritoryMember> byEntity = new LinkedHashMap<>();
        for (TerritoryMember member : members) {
            byEntity.merge(member.entity(), member, (a, b) -> a.role().compareTo(b.role()) <= 0 ? a : b);
        }
        members = byEntity.values().stream()
                .sorted(Comparator.comparing(TerritoryMember::role).thenComparing(TerritoryMember::name))
                .toList();
    }

    /**
     * The perimeter of the memberships of {@code territoires.csv}, each rolled up to its legal entity through
     * the directory and named after it.
     */
    public static TerritoryPerimeter fromMemberships(TerritoryCode code, String name, List<Membership> memberships,
                                                     EstablishmentDirectory directory, boolean partnersInTotals) {
        List<TerritoryMember> members = memberships.stream().map(membership -> {
            Finess entity = directory.legalEntityOf(membership.finess()).orElseThrow(() -> new IllegalArgumentException(
                    "FINESS absent de l'annuaire : " + membership.finess()));
            return new TerritoryMember(entity, directory.legalEntityName(entity), membership.role());
        }).toList();
        return new TerritoryPerimeter(code, name, members, partnersInTotals);
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

    /** The legal entities whose figures make the territory's totals. */
    public List<Finess> countedEntities() {
        return members.stream().map(TerritoryMember::entity).filter(this::countsInTotals).toList();
    }

    /** Whether this is the virtual territory of all territories, which has no residents of its own. */
    public boolean isAllTerritories() {
        return ALL_TERRITORIES.equals(code);
    }

    public Map<Finess, TerritoryMember> byEntity() {
        return members.stream().collect(Collectors.toMap(TerritoryMember::entity, Function.identity()));
    }
}
