package fr.copilote.importer.reference;

import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.TerritoryCode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What row validation checks references against, loaded once per step: the directory's numbers with their
 * legal entity, the territory codes and the convention ids known to the database (published, or loaded by
 * the current run).
 *
 * @param legalEntityByFiness every site and legal entity of the directory, mapped to its legal entity
 */
public record ReferenceData(int directoryYear, Map<String, String> legalEntityByFiness, Set<String> territoryCodes,
                            Set<String> conventionIds) {

    public static final String RULE_UNKNOWN_FINESS = "FINESS_INCONNU";
    public static final String RULE_UNKNOWN_TERRITORY = "TERRITOIRE_INCONNU";
    public static final String RULE_UNKNOWN_CONVENTION = "CONVENTION_INCONNUE";

    public Optional<Finess> legalEntityOf(Finess finess) {
        return Optional.ofNullable(legalEntityByFiness.get(finess.value())).map(Finess::new);
    }

    public boolean knows(Finess finess) {
        return legalEntityByFiness.containsKey(finess.value());
    }

    public boolean knows(TerritoryCode code) {
        return territoryCodes.contains(code.value());
    }

    public boolean knows(ConventionId id) {
        return conventionIds.contains(id.value());
    }

    public String unknownFinessMessage(Finess finess) {
        return "le numéro FINESS " + finess + " n'est pas dans l'annuaire des établissements (SAE " + directoryYear
                + "), ni comme site ni comme entité juridique";
    }
}
