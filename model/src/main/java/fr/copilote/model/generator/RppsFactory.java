package fr.copilote.model.generator;

import fr.copilote.model.common.Luhn;
import fr.copilote.model.convention.Rpps;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic RPPS numbers: {@code 10}, eight drawn digits, and the Luhn key over the eleven. They look like
 * real numbers and pass the check, but are drawn, never copied: Copilote's data stay free of real people.
 */
final class RppsFactory {

    private final SplittableRandom rng;
    private final Set<String> issued = new HashSet<>();

    RppsFactory(SplittableRandom rng) {
        this.rng = rng;
    }

    Rpps next() {
        while (true) {
            String body = "10" + String.format(Locale.ROOT, "%08d", rng.nextInt(100_000_000));
            String number = body + Luhn.keyFor(body);
            if (issued.add(number)) {
                return new Rpps(number);
            }
        }
    }
}
