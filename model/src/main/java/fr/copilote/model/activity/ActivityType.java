package fr.copilote.model.activity;

import fr.copilote.model.common.Labelled;

/** The unit an activity volume is counted in. */
public enum ActivityType implements Labelled {
    SEJOUR_HC("Séjours en hospitalisation complète"),
    SEJOUR_AMBULATOIRE("Séjours ambulatoires"),
    JOURNEE("Journées d'hospitalisation"),
    CONSULTATION("Consultations"),
    ACTE("Actes"),
    PASSAGE_URGENCES("Passages aux urgences"),
    NAISSANCE("Naissances"),
    SEANCE("Séances");

    public static final String RULE = "CODE_TYPE_ACTIVITE";

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
