package fr.copilote.model.generator;

import fr.copilote.model.common.Luhn;
import fr.copilote.model.establishment.Finess;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Synthetic but valid FINESS numbers: a metropolitan département, {@code 0} for a site or {@code 7} for a
 * legal entity (as most real numbers read), five drawn digits, and the Luhn key over the nine.
 */
final class SyntheticFiness {

    /** Metropolitan départements written as digits: 01 to 95, without 20 (Corsica is 2A/2B). */
    static final List<String> DEPARTEMENTS = IntStream.rangeClosed(1, 95).filter(departement -> departement != 20)
            .mapToObj(departement -> String.format(Locale.ROOT, "%02d", departement)).toList();

    private final SplittableRandom rng;
    private final Set<String> issued = new HashSet<>();

    SyntheticFiness(SplittableRandom rng) {
        this.rng = rng;
    }

    Finess site(String departement) {
        return next(departement, '0');
    }

    Finess legalEntity(String departement) {
        return next(departement, '7');
    }

    private Finess next(String departement, char kind) {
        while (true) {
            String body = departement + kind + String.format(Locale.ROOT, "%05d", rng.nextInt(100_000));
            String number = body + Luhn.keyFor(body);
            if (issued.add(number)) {
                return Finess.of(number);
            }
        }
    }
}
