package fr.copilote.model.generator;

/** The real public data the bundled sample is built from is not where the settings say. */
public class MissingRealDataException extends IllegalStateException {

    public MissingRealDataException(String frenchMessage) {
        super(frenchMessage);
    }
}
