package fr.copilote.model.generator;

/** Data rows written in each directory file. */
record DirectoryCounts(long sites, long legalEntities, long coordinates) {
}
