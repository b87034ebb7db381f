package fr.copilote.model.generator;

import java.nio.file.Path;

/**
 * Data rows written per file, headers not counted: {@code territoires.csv}, {@code conventions.csv},
 * {@code activite.csv}, then the directory's {@code ID_2023r.csv}, {@code ST_2023r.csv} and {@code FR_healthcare.csv}, and
 * {@code objectifs.csv}.
 */
public record GenerationSummary(Path folder, long territoryRows, long conventionRows, long activityRows,
                                long directorySiteRows, long legalEntityRows, long coordinateRows, long objectiveRows) {
}
