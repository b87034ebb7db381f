/**
 * Establishments: FINESS numbers, the directory of sites and their legal entities, their positions.
 * A site rolls up to its legal entity; every territorial figure is kept at legal-entity level.
 */
package fr.copilote.model.establishment;
