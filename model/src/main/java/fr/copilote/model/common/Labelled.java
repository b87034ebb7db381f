package fr.copilote.model.common;

/** A code of the data contract that has a French label for the people who read workbooks and messages. */
public interface Labelled {

    /** The code as written in the input files (e.g. {@code CONSULTATION_AVANCEE}). */
    String name();

    /** The French label shown to users (e.g. « Consultation avancée »). */
    String label();
}
