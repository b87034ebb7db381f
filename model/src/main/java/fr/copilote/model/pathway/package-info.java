/** Care pathways (filières), the axis along which a territory steers its common activity. */
package fr.copilote.model.pathway;
