package fr.copilote.model.territory;

import fr.copilote.model.establishment.Finess;
import java.util.Objects;

/** One row of {@code territoires.csv}: an establishment's role in a territory. */
public record Membership(TerritoryCode territory, String territoryName, Finess finess, MembershipRole role) {

    public Membership {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(territoryName, "territoryName");
        Objects.requireNonNull(finess, "finess");
        Objects.requireNonNull(role, "role");
    }
}
