package fr.copilote.model.consolidation;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.MembershipRole;
import java.util.Objects;

/** A legal entity of a territory, with the role it plays there (its strongest, when listed several times). */
public record TerritoryMember(Finess entity, String name, MembershipRole role) {

    public TerritoryMember {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
