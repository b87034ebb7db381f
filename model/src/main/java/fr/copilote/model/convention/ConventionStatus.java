package fr.copilote.model.convention;

import fr.copilote.model.common.Labelled;

/** Where a convention stands; only signed conventions count as in force. */
public enum ConventionStatus implements Labelled {
    SIGNEE("Signée"),
    EN_PROJET("En projet"),
    RESILIEE("Résiliée");

    public static final String RULE = "CODE_STATUT";

    private final String label;

    ConventionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
