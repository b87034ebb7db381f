package fr.copilote.importer.file;

/** Where an imported file stands; only PUBLISHED rows are visible to consolidation and reports. */
public enum ImportStatus {
    /** Rows being written by a run; invisible until published. */
    LOADING,
    /** Rows visible. */
    PUBLISHED,
    /** Every row was replaced by a later file of the same scope. */
    SUPERSEDED,
    /** Same content as a file already published: nothing was imported again. */
    UNCHANGED,
    /** The run that loaded it failed for good, or the file changed before a restart; rows discarded. */
    FAILED
}
