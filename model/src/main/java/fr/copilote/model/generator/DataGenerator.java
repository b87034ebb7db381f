package fr.copilote.model.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the input files of Copilote's data contract into a folder: {@code territoires.csv},
 * {@code conventions.csv}, {@code activite.csv}, {@code objectifs.csv} and the establishment directory ({@code ID_2023r.csv},
 * {@code ST_2023r.csv}, {@code FR_healthcare.csv}) — with, when built from real establishments, their rows of the SAE
 * bases ({@code MCO_2023r.csv}, {@code URGENCES2_2023r.csv}, {@code PERINAT_2023r.csv}, {@code SSR_2023r.csv},
 * {@code Q21_2023r.csv}). The same settings always write byte-identical files;
 * activity rows are streamed, so memory does not grow with their number.
 */
public final class DataGenerator {

    private DataGenerator() {
    }

    /**
     * Existing files of the same names are replaced; other files in the folder are left alone.
     *
     * @throws MissingRealDataException when the bundled sample's real data are missing or incomplete
     */
    public static GenerationSummary generate(GeneratorSettings settings, Path outputFolder) throws IOException {
        Scenario scenario = switch (settings.kind()) {
            case BUNDLED_SAMPLE -> BundledScenario.build(settings);
            case NATIONAL_SCALE -> NationalScenario.build(settings);
        };
        Files.createDirectories(outputFolder);
        long territoryRows = TerritoriesFile.write(outputFolder, scenario.memberships());
        long conventionRows = ConventionsFile.write(outputFolder, scenario.conventions());
        DirectoryCounts directory = scenario.directory().writeTo(outputFolder);
        long activityRows = ActivityFile.write(outputFolder, settings, scenario);
        long objectiveRows = ObjectivesFile.write(outputFolder, settings, scenario);
        return new GenerationSummary(outputFolder, territoryRows, conventionRows, activityRows, directory.sites(),
                directory.legalEntities(), directory.coordinates(), objectiveRows, directory.statistics());
    }
}
