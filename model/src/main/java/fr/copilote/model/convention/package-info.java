/** Time-sharing conventions between establishments, their practitioners (by RPPS only) and code lists. */
package fr.copilote.model.convention;
