package fr.copilote.model.generator;

/**
 * An establishment's yearly activity in the units of the SAE survey, the anchor its monthly activity is drawn
 * around.
 *
 * @param fullStays       MCO full-hospitalisation stays ({@code SEJHC_MCO})
 * @param fullDays        MCO hospitalisation days ({@code JOU_MCO})
 * @param partialStays    MCO partial (ambulatory) stays ({@code SEJHP_MCO})
 * @param sessions        MCO séances ({@code SEA_MCO}), mostly dialysis and chemotherapy
 * @param emergencyVisits emergency visits ({@code PASSU})
 * @param births          births ({@code ENFANTS}, else deliveries)
 * @param rehabDays       SSR full-hospitalisation days ({@code JOUHC})
 * @param rehabStays      SSR full-hospitalisation stays ({@code SEJHC})
 */
record AnnualFigures(double fullStays, double fullDays, double partialStays, double sessions, double emergencyVisits,
                     double births, double rehabDays, double rehabStays) {

    static final AnnualFigures NONE = new AnnualFigures(0, 0, 0, 0, 0, 0, 0, 0);

    AnnualFigures plus(AnnualFigures other) {
        return new AnnualFigures(fullStays + other.fullStays, fullDays + other.fullDays,
                partialStays + other.partialStays, sessions + other.sessions, emergencyVisits + other.emergencyVisits,
                births + other.births, rehabDays + other.rehabDays, rehabStays + other.rehabStays);
    }

    boolean isEmpty() {
        return fullStays + partialStays + sessions + emergencyVisits + births + rehabDays <= 0;
    }

    /** MCO average length of stay in days, 0 when there are no full stays. */
    double averageLengthOfStay() {
        return fullStays > 0 ? fullDays / fullStays : 0;
    }
}
