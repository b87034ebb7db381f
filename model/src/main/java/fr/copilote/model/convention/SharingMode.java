package fr.copilote.model.convention;

import fr.copilote.model.common.Labelled;

/** How a practitioner's time is shared between the origin and the host establishment. */
public enum SharingMode implements Labelled {
    CONSULTATION_AVANCEE("Consultation avancée"),
    VACATION("Vacation"),
    POSTE_PARTAGE("Poste partagé"),
    ASSISTANT_PARTAGE("Assistant spécialiste partagé"),
    TELEEXPERTISE("Télé-expertise"),
    PERMANENCE_DES_SOINS("Permanence des soins");

    public static final String RULE = "CODE_MODE_PARTAGE";

    private final String label;

    SharingMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
