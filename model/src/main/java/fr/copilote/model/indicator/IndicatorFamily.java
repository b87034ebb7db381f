package fr.copilote.model.indicator;

import fr.copilote.model.common.Labelled;

/** How the catalogue is grouped on the Définitions sheet and in the docs. */
public enum IndicatorFamily implements Labelled {
    CONVENTIONS("Conventions de partage de temps médical"),
    FINANCE("Remboursements et prime d'exercice territorial"),
    ACTIVITY("Activité"),
    TERRITORY("Territoire et patients");

    private final String label;

    IndicatorFamily(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
