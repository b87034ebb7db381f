package fr.copilote.importer.job;

import fr.copilote.model.common.ExplainedException;

/** A file held back because it would remove a large share of the published figures it replaces. */
public class ReductionHeldException extends ExplainedException {

    public ReductionHeldException(String message) {
        super(message);
    }
}
