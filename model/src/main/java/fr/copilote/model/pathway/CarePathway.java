package fr.copilote.model.pathway;

import fr.copilote.model.common.Labelled;

/** A care pathway (filière de soins) steered in common across a territory. */
public enum CarePathway implements Labelled {
    PERINATALITE("Périnatalité et pédiatrie"),
    CHIRURGIE_ANESTHESIE("Chirurgie et anesthésie"),
    URGENCES("Urgences"),
    BIOLOGIE("Biologie"),
    SSR("Soins de suite et de réadaptation"),
    MEDECINE("Spécialités médicales"),
    IMAGERIE("Imagerie"),
    CANCEROLOGIE("Cancérologie"),
    GERIATRIE("Gériatrie"),
    PSYCHIATRIE("Psychiatrie");

    public static final String RULE = "CODE_FILIERE";

    private final String label;

    CarePathway(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
