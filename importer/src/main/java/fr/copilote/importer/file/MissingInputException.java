package fr.copilote.importer.file;

/** An expected input file is not in the input folder. */
public class MissingInputException extends RuntimeException {

    public MissingInputException(String frenchMessage) {
        super(frenchMessage);
    }
}
