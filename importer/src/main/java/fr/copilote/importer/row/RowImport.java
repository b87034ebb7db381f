package fr.copilote.importer.row;

import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.reference.ReferenceData;
import java.util.function.Function;

/**
 * How one kind of row file is imported: the rules its rows must follow and the table the accepted ones go to.
 *
 * @param statefulValidation the validator remembers earlier rows (duplicates), so a restart must replay the
 *                           rows already committed through it
 */
public record RowImport<T>(InputKind kind, Function<ReferenceData, RowValidator<T>> validator,
                           Function<ReferenceData, RowTable<T>> table, boolean statefulValidation) {
}
