/**
 * The prime d'exercice territorial: its dated scales (amounts change by decree) and the estimate per
 * practitioner. Plain Java.
 */
package fr.copilote.model.pet;
