package fr.copilote.model.generator;

import java.util.SplittableRandom;

/**
 * Yearly figures for an establishment the SAE does not describe, in the range of its SAE category: a CHU,
 * a general hospital, a local hospital or, by default, a private clinic.
 */
final class SyntheticFigures {

    static final String CATEGORY_CHU = "101";
    static final String CATEGORY_CH = "355";
    static final String CATEGORY_LOCAL_HOSPITAL = "106";
    static final String CATEGORY_CLINIC = "365";

    /** The spread of one kind of public hospital; a chance of 0 means it never has the activity. */
    private record HospitalRange(double fewestStays, double mostStays, double shortestStay, double longestStay,
                                 double partialPerFullStay, double fewestVisits, double mostVisits, double maternityChance,
                                 double fewestBirths, double mostBirths, double rehabilitationChance) {
    }

    private static final HospitalRange CHU = new HospitalRange(40_000, 120_000, 4.8, 5.8, 0.7, 60_000, 150_000, 1.0,
            2_000, 5_000, 1.0);
    private static final HospitalRange GENERAL_HOSPITAL = new HospitalRange(4_000, 40_000, 4.5, 6.5, 0.4, 15_000, 70_000,
            0.75, 400, 2_500, 0.5);
    /** Mostly medicine for the elderly and rehabilitation: long stays, no emergency unit, no maternity. */
    private static final HospitalRange LOCAL_HOSPITAL = new HospitalRange(300, 1_500, 8, 14, 0.1, 0, 0, 0, 0, 0, 0.9);

    private SyntheticFigures() {
    }

    static AnnualFigures draw(String category, SplittableRandom rng) {
        return switch (category == null ? "" : category) {
            case CATEGORY_CHU -> hospital(CHU, rng);
            case CATEGORY_CH -> hospital(GENERAL_HOSPITAL, rng);
            case CATEGORY_LOCAL_HOSPITAL -> hospital(LOCAL_HOSPITAL, rng);
            default -> clinic(rng);
        };
    }

    private static AnnualFigures hospital(HospitalRange range, SplittableRandom rng) {
        double stays = Draws.between(rng, range.fewestStays(), range.mostStays());
        double visits = range.mostVisits() > 0 ? Draws.between(rng, range.fewestVisits(), range.mostVisits()) : 0;
        double births = Draws.chance(rng, range.maternityChance())
                ? Draws.between(rng, range.fewestBirths(), range.mostBirths()) : 0;
        double rehabDays = Draws.chance(rng, range.rehabilitationChance()) ? stays * Draws.between(rng, 0.3, 1.2) : 0;
        return new AnnualFigures(stays, stays * Draws.between(rng, range.shortestStay(), range.longestStay()),
                stays * range.partialPerFullStay() * Draws.between(rng, 0.6, 1.4), stays * Draws.between(rng, 0, 1.2),
                visits, births, rehabDays, rehabDays / Draws.between(rng, 25, 35));
    }

    /** Modest and ambulatory-heavy; one in five runs an emergency unit or a maternity, two in five rehabilitation beds. */
    private static AnnualFigures clinic(SplittableRandom rng) {
        double stays = Draws.between(rng, 1_000, 8_000);
        double visits = Draws.chance(rng, 0.2) ? Draws.between(rng, 8_000, 25_000) : 0;
        double births = Draws.chance(rng, 0.2) ? Draws.between(rng, 300, 1_200) : 0;
        double rehabDays = Draws.chance(rng, 0.4) ? Draws.between(rng, 3_000, 20_000) : 0;
        return new AnnualFigures(stays, stays * Draws.between(rng, 3, 5), stays * Draws.between(rng, 1.2, 2.5),
                Draws.chance(rng, 0.5) ? Draws.between(rng, 2_000, 20_000) : 0, visits, births, rehabDays,
                rehabDays / Draws.between(rng, 25, 35));
    }
}
