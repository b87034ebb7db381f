package fr.copilote.model.generator;

import fr.copilote.model.convention.Rpps;
import fr.copilote.model.establishment.Finess;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The practitioners each origin establishment sends out. Some go to several hosts, as in real cooperations;
 * their weekly half-days, summed over all their conventions whatever the dates, stay within
 * {@link #MOST_HALF_DAYS} so that only the practitioner the sample overbooks on purpose exceeds full time.
 */
final class PractitionerPool {

    static final BigDecimal MOST_HALF_DAYS = BigDecimal.valueOf(8);
    private static final double REUSE_CHANCE = 0.35;

    private final RppsFactory rppsFactory;
    private final Map<Finess, List<Practitioner>> byOrigin = new TreeMap<>();

    private static final class Practitioner {
        private final Rpps rpps;
        private BigDecimal halfDays = BigDecimal.ZERO;

        private Practitioner(Rpps rpps) {
            this.rpps = rpps;
        }
    }

    PractitionerPool(RppsFactory rppsFactory) {
        this.rppsFactory = rppsFactory;
    }

    Rpps practitionerFor(Finess origin, BigDecimal halfDays, SplittableRandom rng) {
        List<Practitioner> staff = byOrigin.computeIfAbsent(origin, key -> new ArrayList<>());
        List<Practitioner> available = staff.stream()
                .filter(practitioner -> practitioner.halfDays.add(halfDays).compareTo(MOST_HALF_DAYS) <= 0)
                .toList();
        Practitioner chosen;
        if (!available.isEmpty() && Draws.chance(rng, REUSE_CHANCE)) {
            chosen = Draws.pick(rng, available);
        } else {
            chosen = new Practitioner(rppsFactory.next());
            staff.add(chosen);
        }
        chosen.halfDays = chosen.halfDays.add(halfDays);
        return chosen.rpps;
    }

    /** A practitioner outside the pool, for conventions that must not share anyone with the others. */
    Rpps newcomer() {
        return rppsFactory.next();
    }
}
