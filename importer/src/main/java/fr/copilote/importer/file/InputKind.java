package fr.copilote.importer.file;

import fr.copilote.importer.activity.ActivityColumns;
import fr.copilote.importer.convention.ConventionColumns;
import fr.copilote.importer.csv.ExpectedColumns;
import fr.copilote.importer.objective.ObjectiveColumns;
import fr.copilote.importer.statistics.PublishedLayout;
import fr.copilote.importer.statistics.PublishedLayouts;
import fr.copilote.importer.territory.TerritoryColumns;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Each kind of file the input folder can hold, how it is named, and what its header must be. */
public enum InputKind {
    ANNUAIRE("annuaire des établissements (SAE ID)", "ID_(\\d{4})r\\.csv",
            ExpectedColumns.atLeast("an", "fi", "rs", "fi_ej", "cat", "dep", "NOMCOM").readingAlsoWhenPresent("stjr")),
    ANNUAIRE_ENTITES("entités juridiques (SAE ST)", "ST_(\\d{4})r\\.csv",
            ExpectedColumns.atLeast("FI", "RS", "FI_ET")),
    COORDONNEES("coordonnées des établissements", "FR_healthcare\\.csv",
            ExpectedColumns.atLeast("id", "lat", "lon")),
    TERRITOIRES("territoires", "territoires\\.csv", TerritoryColumns.HEADER),
    CONVENTIONS("conventions de partage de temps médical", "conventions\\.csv", ConventionColumns.HEADER),
    ACTIVITE("activité", "activite\\.csv", ActivityColumns.HEADER),
    OBJECTIFS("objectifs du projet médical partagé", "objectifs\\.csv", ObjectiveColumns.HEADER),
    SAE_MCO("MCO_(\\d{4})r\\.csv", PublishedLayouts.SAE_MCO),
    SAE_URGENCES("URGENCES2_(\\d{4})r\\.csv", PublishedLayouts.SAE_URGENCES),
    SAE_PERINAT("PERINAT_(\\d{4})r\\.csv", PublishedLayouts.SAE_PERINAT),
    SAE_SSR("SSR_(\\d{4})r\\.csv", PublishedLayouts.SAE_SSR),
    SAE_Q21("Q21_(\\d{4})r\\.csv", PublishedLayouts.SAE_Q21),
    SCANSANTE_MCO(".*_(\\d{4})_tous_sejours\\.csv", PublishedLayouts.SCANSANTE_MCO);

    private final String label;
    private final Pattern fileName;
    private final ExpectedColumns columns;
    private final PublishedLayout publishedLayout;

    InputKind(String label, String fileNamePattern, ExpectedColumns columns) {
        this(label, fileNamePattern, columns, null);
    }

    /** An official statistics file, named after its source. */
    InputKind(String fileNamePattern, PublishedLayout layout) {
        this(layout.source().label(), fileNamePattern, layout.columns(), layout);
    }

    InputKind(String label, String fileNamePattern, ExpectedColumns columns, PublishedLayout publishedLayout) {
        this.label = label;
        this.fileName = Pattern.compile(fileNamePattern, Pattern.CASE_INSENSITIVE);
        this.columns = columns;
        this.publishedLayout = publishedLayout;
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

    /** The year the file's name carries (the first group of the kind's pattern); 0 when it carries none. */
    public int yearOf(Path file) {
        Matcher name = fileName.matcher(file.getFileName().toString());
        return name.matches() && name.groupCount() > 0 && name.group(1) != null ? Integer.parseInt(name.group(1)) : 0;
    }

    /** The name an admin should look for, for messages about a missing file. */
    public String expectedName() {
        return switch (this) {
            case ANNUAIRE -> "ID_<année>r.csv";
            case ANNUAIRE_ENTITES -> "ST_<année>r.csv";
            default -> fileName.pattern().replace("(\\d{4})", "<année>").replace(".*", "*").replace("\\.", ".");
        };
    }

    /** The table that holds this kind's accepted rows, each tagged with its import file and line. */
    public String rowTable() {
        if (isOfficialStatistics()) {
            return "official_statistic";
        }
        return switch (this) {
            case TERRITOIRES -> "territory_membership";
            case CONVENTIONS -> "convention";
            case ACTIVITE -> "activity";
            case OBJECTIFS -> "objective";
            default -> throw new IllegalStateException(this + " is reference data, not rows");
        };
    }

    /** The directory files, loaded together as reference data rather than row by row. */
    public boolean isDirectory() {
        return this == ANNUAIRE || this == ANNUAIRE_ENTITES || this == COORDONNEES;
    }

    /** An official statistics base (SAE, ScanSanté), read as published into figures. */
    public boolean isOfficialStatistics() {
        return publishedLayout != null;
    }

    /** Which columns of an official statistics file hold figures; empty for the other kinds. */
    public Optional<PublishedLayout> publishedLayout() {
        return Optional.ofNullable(publishedLayout);
    }

    /**
     * The files of every year present are loaded, each on its own: a statistics file holds one year, which its
     * figures replace. For the other kinds named by year (the directory), only the most recent counts.
     */
    public boolean everyYear() {
        return isOfficialStatistics();
    }
}
