package fr.copilote.model.consolidation;

import fr.copilote.model.convention.Convention;
import fr.copilote.model.establishment.Finess;
import java.util.Objects;

/** A convention with both of its ends rolled up to their legal entities. */
public record EntityConvention(Convention convention, Finess originEntity, Finess hostEntity) {

    public EntityConvention {
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(originEntity, "originEntity");
        Objects.requireNonNull(hostEntity, "hostEntity");
    }
}
