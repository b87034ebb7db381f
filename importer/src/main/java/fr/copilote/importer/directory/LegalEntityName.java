package fr.copilote.importer.directory;

import fr.copilote.model.establishment.Finess;

/** A legal entity's name as the SAE {@code ST} base gives it. */
record LegalEntityName(Finess legalEntity, String name) {
}
