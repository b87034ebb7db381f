package fr.copilote.importer.reference;

import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.GeoPoint;
import fr.copilote.model.territory.TerritoryCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What row validation checks references against, loaded once per step: the establishment directory, the
 * territory codes and the conventions known to the database (published, or loaded by the current run).
 *
 * @param conventionEnds the end date of every known convention that has one
 * @param members        the legal entities of each known territory (published memberships and tonight's)
 */
public record ReferenceData(EstablishmentDirectory directory, Set<String> territoryCodes, Set<String> conventionIds,
                            Map<String, LocalDate> conventionEnds, Map<String, Set<Finess>> members) {

    /** Without memberships: for the files that never ask who belongs where. */
    public ReferenceData(EstablishmentDirectory directory, Set<String> territoryCodes, Set<String> conventionIds,
                         Map<String, LocalDate> conventionEnds) {
        this(directory, territoryCodes, conventionIds, conventionEnds, Map.of());
    }

    public static final String RULE_UNKNOWN_FINESS = "FINESS_INCONNU";
    public static final String RULE_UNKNOWN_TERRITORY = "TERRITOIRE_INCONNU";
    public static final String RULE_UNKNOWN_CONVENTION = "CONVENTION_INCONNUE";

    public Optional<Finess> legalEntityOf(Finess finess) {
        return directory.legalEntityOf(finess);
    }

    public boolean knows(Finess finess) {
        return directory.contains(finess);
    }

    public boolean knows(TerritoryCode code) {
        return territoryCodes.contains(code.value());
    }

    /** Whether the legal entity is a member of the territory, in any role. */
    public boolean isMember(TerritoryCode territory, Finess legalEntity) {
        return members.getOrDefault(territory.value(), Set.of()).contains(legalEntity);
    }

    public boolean knows(ConventionId id) {
        return conventionIds.contains(id.value());
    }

    public Optional<LocalDate> endOf(ConventionId id) {
        return Optional.ofNullable(conventionEnds.get(id.value()));
    }

    public Optional<GeoPoint> positionOf(Finess finess) {
        return directory.positionOf(finess);
    }

    public String unknownFinessMessage(Finess finess) {
        return "le numéro FINESS " + finess + " n'est pas dans l'annuaire des établissements (SAE " + directory.year()
                + "), ni comme site ni comme entité juridique";
    }
}
