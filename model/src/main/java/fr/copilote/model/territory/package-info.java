/** Territories (GHT, cooperations, GCS) and the roles their establishments play in them. */
package fr.copilote.model.territory;
