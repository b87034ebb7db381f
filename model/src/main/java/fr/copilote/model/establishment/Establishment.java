package fr.copilote.model.establishment;

import java.util.Objects;
import java.util.Optional;

/**
 * One site of the establishment directory (DREES SAE {@code ID} base) with the legal entity it belongs to.
 *
 * @param category SAE category code ({@code cat}), e.g. 101 CHR/CHU, 355 CH, 365 private clinic
 * @param location    position from the coordinates file, when known
 * @param legalStatus SAE {@code stjr}, null when the directory does not give it
 */
public record Establishment(Finess finess, Finess legalEntity, String name, String category,
                            String departement, String commune, GeoPoint location, LegalStatus legalStatus) {

    /** A site whose legal status is not known. */
    public Establishment(Finess finess, Finess legalEntity, String name, String category, String departement, String commune,
                         GeoPoint location) {
        this(finess, legalEntity, name, category, departement, commune, location, null);
    }

    public Establishment {
        Objects.requireNonNull(finess, "finess");
        Objects.requireNonNull(legalEntity, "legalEntity");
        Objects.requireNonNull(name, "name");
    }

    public Optional<GeoPoint> position() {
        return Optional.ofNullable(location);
    }

    public Establishment withLocation(GeoPoint newLocation) {
        return new Establishment(finess, legalEntity, name, category, departement, commune, newLocation, legalStatus);
    }

    public Optional<LegalStatus> status() {
        return Optional.ofNullable(legalStatus);
    }
}
