package fr.copilote.importer.csv;

/**
 * A file that cannot be read as the expected CSV at all (empty, binary, wrong header). The run stops before
 * anything is written; the message names the file and what was expected.
 */
public class StructuralFileException extends RuntimeException {

    public StructuralFileException(String fileName, String frenchProblem) {
        super("Fichier " + fileName + " : " + frenchProblem);
    }
}
