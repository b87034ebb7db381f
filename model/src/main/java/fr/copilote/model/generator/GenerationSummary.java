package fr.copilote.model.generator;

import java.nio.file.Path;

/**
 * Data rows written per file, headers not counted: {@code territoires.csv}, {@code conventions.csv},
 * {@code activite.csv}, then the directory's {@code ID_2023r.csv}, {@code ST_2023r.csv} and {@code FR_healthcare.csv}, and
 * {@code objectifs.csv}; the SAE bases written beside it from the real ones (all five together; 0 for a synthetic directory).
 */
public record GenerationSummary(Path folder, long territoryRows, long conventionRows, long activityRows,
                                long directorySiteRows, long legalEntityRows, long coordinateRows, long objectiveRows, long statisticRows) {
}
