package fr.copilote.importer.file;

/** Where an imported file stands; only PUBLISHED rows are visible to consolidation and reports. */
public enum ImportStatus {
    /** Rows being written by a run; invisible until published. */
    LOADING("non publié"),
    /** Rows visible. */
    PUBLISHED("publié"),
    /** Every row was replaced by a later file of the same scope. */
    SUPERSEDED("remplacé depuis"),
    /** Same content as a file already published: nothing was imported again. */
    UNCHANGED("inchangé, non réimporté"),
    /** The run that loaded it failed for good, or the file changed before a restart; rows discarded. */
    FAILED("abandonné");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    /** How admins and controllers read the status. */
    public String label() {
        return label;
    }
}
