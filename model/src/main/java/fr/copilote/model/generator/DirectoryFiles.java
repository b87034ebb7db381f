package fr.copilote.model.generator;

import java.io.IOException;
import java.nio.file.Path;

/** The establishment directory in the published DREES SAE layout: {@code ID_2023r.csv}, {@code ST_2023r.csv}, {@code FR_healthcare.csv}. */
interface DirectoryFiles {

    /** The SAE year of the directory, as its file names say. */
    int YEAR = 2023;
    String SITES = "ID_2023r.csv";
    String LEGAL_ENTITIES = "ST_2023r.csv";
    String COORDINATES = "FR_healthcare.csv";

    DirectoryCounts writeTo(Path folder) throws IOException;
}
