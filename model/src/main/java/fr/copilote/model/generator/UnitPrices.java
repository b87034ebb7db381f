package fr.copilote.model.generator;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.util.SplittableRandom;

/** Average revenue per unit of activity, in the range of French public tariffs, and what producing it costs. */
final class UnitPrices {

    private static final double LOWEST_COST_RATIO = 0.80;
    private static final double HIGHEST_COST_RATIO = 1.05;

    private UnitPrices() {
    }

    /**
     * MCO days bring nothing of their own, the stay's tariff covers them; SSR is paid by the day, so there
     * the stays bring nothing and the days do.
     */
    static double euros(CarePathway pathway, ActivityType type) {
        return switch (type) {
            case SEJOUR_HC -> switch (pathway) {
                case CHIRURGIE_ANESTHESIE -> 4_800;
                case PERINATALITE -> 3_600;
                case SSR -> 0;
                default -> 3_900;
            };
            case SEJOUR_AMBULATOIRE -> switch (pathway) {
                case CHIRURGIE_ANESTHESIE -> 1_150;
                case CANCEROLOGIE -> 1_050;
                default -> 850;
            };
            case JOURNEE -> pathway == CarePathway.SSR ? 300 : 0;
            case CONSULTATION -> 30;
            case ACTE -> pathway == CarePathway.IMAGERIE ? 90 : 15;
            case PASSAGE_URGENCES -> 150;
            case NAISSANCE -> 2_800;
            case SEANCE -> 400;
        };
    }

    /** @param priceFactor the establishment's case-mix: a CHU earns more per stay than a local hospital */
    static Amounts amountsFor(CarePathway pathway, ActivityType type, long volume, double priceFactor,
                              SplittableRandom rng) {
        long revenueCents = Math.round(volume * euros(pathway, type) * priceFactor * Draws.between(rng, 0.97, 1.03) * 100);
        long costCents = Math.round(revenueCents * Draws.between(rng, LOWEST_COST_RATIO, HIGHEST_COST_RATIO));
        return new Amounts(BigDecimal.valueOf(revenueCents, 2), BigDecimal.valueOf(costCents, 2));
    }
}
