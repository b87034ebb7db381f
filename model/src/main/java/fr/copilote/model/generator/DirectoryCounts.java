package fr.copilote.model.generator;

/**
 * Data rows written in each directory file, and in the SAE bases shipped beside it (0 when none are).
 *
 * @param statistics data rows of the SAE bases written (MCO, URGENCES2, PERINAT, SSR, Q21), all files together
 */
record DirectoryCounts(long sites, long legalEntities, long coordinates, long statistics) {

    DirectoryCounts(long sites, long legalEntities, long coordinates) {
        this(sites, legalEntities, coordinates, 0);
    }
}
