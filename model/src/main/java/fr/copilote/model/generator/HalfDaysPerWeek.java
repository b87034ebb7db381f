package fr.copilote.model.generator;

import fr.copilote.model.convention.SharingMode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How many half-days a week a convention shares, by sharing mode: mostly whole numbers from 1 to 4, half
 * steps now and then, more for shared posts. Never above 5, so that a practitioner drawn from the pool
 * twice stays below full time unless the sample means otherwise.
 */
final class HalfDaysPerWeek {

    private static final List<BigDecimal> REMOTE = halfDays("0.5", "1", "1", "2");
    private static final List<BigDecimal> ON_CALL = halfDays("1", "2", "2", "3");
    private static final List<BigDecimal> SHARED_POST = halfDays("2", "3", "4", "4", "5");
    private static final List<BigDecimal> OUTREACH = halfDays("1", "1", "1.5", "2", "2", "3");
    private static final List<BigDecimal> SESSIONS = halfDays("0.5", "1", "2", "2", "2", "3", "4");

    private HalfDaysPerWeek() {
    }

    static BigDecimal draw(SplittableRandom rng, SharingMode mode) {
        return Draws.pick(rng, switch (mode) {
            case TELEEXPERTISE -> REMOTE;
            case PERMANENCE_DES_SOINS -> ON_CALL;
            case POSTE_PARTAGE, ASSISTANT_PARTAGE -> SHARED_POST;
            case CONSULTATION_AVANCEE -> OUTREACH;
            case VACATION -> SESSIONS;
        });
    }

    private static List<BigDecimal> halfDays(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
