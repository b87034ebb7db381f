package fr.copilote.model.generator;

import fr.copilote.model.convention.ConventionStatus;

/**
 * Where a generated convention stands on the reference date (the last day of the activity window). Drawn
 * first, then turned into a status and dates, so that every situation the application must show (running,
 * to renew soon, over, planned, cancelled) is present in chosen proportions.
 */
enum ConventionFate {
    IN_FORCE_OPEN(ConventionStatus.SIGNEE, 0.62),
    IN_FORCE_ENDING_LATER(ConventionStatus.SIGNEE, 0.10),
    /** Ends within 90 days after the reference date: a renewal to prepare. */
    IN_FORCE_ENDING_SOON(ConventionStatus.SIGNEE, 0.06),
    /** Ended more than a year before the reference date. */
    ENDED(ConventionStatus.SIGNEE, 0.10),
    PLANNED(ConventionStatus.EN_PROJET, 0.07),
    TERMINATED(ConventionStatus.RESILIEE, 0.05);

    private final ConventionStatus status;
    private final double typicalShare;

    ConventionFate(ConventionStatus status, double typicalShare) {
        this.status = status;
        this.typicalShare = typicalShare;
    }

    ConventionStatus status() {
        return status;
    }

    double typicalShare() {
        return typicalShare;
    }
}
