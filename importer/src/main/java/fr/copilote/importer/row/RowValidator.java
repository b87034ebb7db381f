package fr.copilote.importer.row;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvRow;

/** Turns one line of a given file kind into its domain value, or into the list of rules it breaks. */
public interface RowValidator<T> {

    ValidatedRow<T> validate(CsvRow row, CsvHeader header);
}
