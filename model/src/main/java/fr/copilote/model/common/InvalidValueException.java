package fr.copilote.model.common;

/**
 * A value read from outside (a CSV cell, a command-line argument) that cannot become a domain value.
 * Carries the contract rule it breaks, so that the importer can file the row under that rule and the
 * admin reads the French message as is.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String rule;

    public InvalidValueException(String rule, String frenchMessage) {
        super(frenchMessage);
        this.rule = rule;
    }

    /** Stable code of the broken rule, as listed in {@code docs/data-contract.md}. */
    public String rule() {
        return rule;
    }
}
