package fr.copilote.model.consolidation;

import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.Membership;
import fr.copilote.model.territory.TerritoryCode;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is in a territory, at legal-entity level: several sites of one entity count once. Support and member
 * establishments make the territory's totals; partners are shown beside them, outside the totals, unless the
 * territory is configured to count them. Indexed by entity: consolidation asks "is it counted?" for every sum.
 */
public final class TerritoryPerimeter {

    /** The code of the virtual territory that gathers every territory of a run. */
    public static final TerritoryCode ALL_TERRITORIES = new TerritoryCode("TOUS");

    private final TerritoryCode code;
    private final String name;
    private final List<TerritoryMember> members;
    private final boolean partnersInTotals;
    private final Map<Finess, TerritoryMember> byEntity;
    private final List<Finess> counted;

    /**
     * Members are kept at legal-entity level: an entity listed several times (by several of its sites, or by a
     * site and by itself) is one member, with the strongest of its roles.
     */
    public TerritoryPerimeter(TerritoryCode code, String name, List<TerritoryMember> members, boolean partnersInTotals) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.partnersInTotals = partnersInTotals;
        Map<Finess, TerritoryMember> merged = new LinkedHashMap<>();
        for (TerritoryMember member : members) {
            merged.merge(member.entity(), member, (a, b) -> a.role().compareTo(b.role()) <= 0 ? a : b);
        }
        this.members = merged.values().stream()
                .sorted(Comparator.comparing(TerritoryMember::role).thenComparing(TerritoryMember::name))
                .toList();
        this.byEntity = Collections.unmodifiableMap(merged);
        this.counted = this.members.stream().map(TerritoryMember::entity).filter(this::countsInTotals).toList();
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

    public TerritoryCode code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** Members sorted by role (support first) then name. */
    public List<TerritoryMember> members() {
        return members;
    }

    public boolean partnersInTotals() {
        return partnersInTotals;
    }

    public Optional<TerritoryMember> member(Finess entity) {
        return Optional.ofNullable(byEntity.get(entity));
    }

    public boolean contains(Finess entity) {
        return byEntity.containsKey(entity);
    }

    /** Whether the entity's figures enter the territory's totals. */
    public boolean countsInTotals(Finess entity) {
        TerritoryMember member = byEntity.get(entity);
        return member != null && (partnersInTotals || member.role().countsInTotals());
    }

    /** The legal entities whose figures make the territory's totals. */
    public List<Finess> countedEntities() {
        return counted;
    }

    /** Whether this is the virtual territory of all territories, which has no residents of its own. */
    public boolean isAllTerritories() {
        return ALL_TERRITORIES.equals(code);
    }

    @Override
    public String toString() {
        return code + " (" + members.size() + " établissements)";
    }
}
