package fr.copilote.importer.file;

import fr.copilote.importer.activity.ActivityColumns;
import fr.copilote.importer.convention.ConventionColumns;
import fr.copilote.importer.csv.ExpectedColumns;
import fr.copilote.importer.territory.TerritoryColumns;
import java.util.regex.Pattern;

/** Each kind of file the input folder can hold, how it is named, and what its header must be. */
public enum InputKind {
    ANNUAIRE("annuaire des établissements (SAE ID)", "ID_(\\d{4})r\\.csv",
            ExpectedColumns.atLeast("an", "fi", "rs", "fi_ej", "cat", "dep", "NOMCOM")),
    ANNUAIRE_ENTITES("entités juridiques (SAE ST)", "ST_(\\d{4})r\\.csv",
            ExpectedColumns.atLeast("FI", "RS", "FI_ET")),
    COORDONNEES("coordonnées des établissements", "FR_healthcare\\.csv",
            ExpectedColumns.atLeast("id", "lat", "lon")),
    TERRITOIRES("territoires", "territoires\\.csv", TerritoryColumns.HEADER),
    CONVENTIONS("conventions de partage de temps médical", "conventions\\.csv", ConventionColumns.HEADER),
    ACTIVITE("activité", "activite\\.csv", ActivityColumns.HEADER);

    private final String label;
    private final Pattern fileName;
    private final ExpectedColumns columns;

    InputKind(String label, String fileNamePattern, ExpectedColumns columns) {
        this.label = label;
        this.fileName = Pattern.compile(fileNamePattern, Pattern.CASE_INSENSITIVE);
        this.columns = columns;
    }

    /** French name of the file kind, for messages and reports. */
    public String label() {
        return label;
    }

    public Pattern fileName() {
        return fileName;
    }

    public ExpectedColumns columns() {
        return columns;
    }

    /** The name an admin should look for, for messages about a missing file. */
    public String expectedName() {
        return switch (this) {
            case ANNUAIRE -> "ID_<année>r.csv";
            case ANNUAIRE_ENTITES -> "ST_<année>r.csv";
            default -> fileName.pattern().replace("\\.", ".");
        };
    }

    /** The table that holds this kind's accepted rows, each tagged with its import file and line. */
    public String rowTable() {
        return switch (this) {
            case TERRITOIRES -> "territory_membership";
            case CONVENTIONS -> "convention";
            case ACTIVITE -> "activity";
            default -> throw new IllegalStateException(this + " is reference data, not rows");
        };
    }

    /** The directory files, loaded together as reference data rather than row by row. */
    public boolean isDirectory() {
        return this == ANNUAIRE || this == ANNUAIRE_ENTITES || this == COORDONNEES;
    }
}
