package fr.copilote.model.objective;

/**
 * Where an objective stands. The first three judge it against the figures; the others say in words why it could
 * not be judged — an objective is never left out of the workbook.
 */
public enum ObjectiveStatus {
    ATTEINT("atteint"),
    EN_BONNE_VOIE("en bonne voie"),
    EN_RETARD("en retard"),
    AUTRE_ANNEE("autre année"),
    SORTI_DU_TERRITOIRE("établissement sorti du territoire"),
    SANS_DONNEE("sans donnée");

    private final String label;

    ObjectiveStatus(String label) {
        this.label = label;
    }

    /** As printed in the workbook, lower case as a status reads in a sentence. */
    public String label() {
        return label;
    }

    public boolean judged() {
        return this == ATTEINT || this == EN_BONNE_VOIE || this == EN_RETARD;
    }
}
