package fr.copilote.model.generator;

import fr.copilote.model.convention.Convention;
import fr.copilote.model.territory.TerritoryCode;

/**
 * A generated convention and the territory whose cooperation it belongs to, which is also where the
 * patients of its consultations avancées are counted from.
 */
record PlannedConvention(Convention convention, TerritoryCode territory) {
}
