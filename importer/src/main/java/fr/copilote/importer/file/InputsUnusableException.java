package fr.copilote.importer.file;

/** Several input files cannot be read as the expected CSV; the message lists each with its problem. */
public class InputsUnusableException extends RuntimeException {

    public InputsUnusableException(String frenchMessage) {
        super(frenchMessage);
    }
}
