/** Writing output files safely: whole under their final name, or not at all. */
package fr.copilote.model.files;
