package fr.copilote.model.territory;

import fr.copilote.model.common.Labelled;

/** The part an establishment plays in a territory. */
public enum MembershipRole implements Labelled {
    SUPPORT("Établissement support"),
    MEMBER("Membre"),
    /** A private clinic in a GCS, or a CHU of recourse outside the group: shown beside the totals, not in them. */
    PARTNER("Partenaire");

    private final String label;

    MembershipRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the establishment's figures enter the territory's public totals. */
    public boolean countsInTotals() {
        return this != PARTNER;
    }
}
