package fr.copilote.model.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.copilote.model.territory.TerritoryCode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PatientOriginsTest {

    private static final TerritoryCode HOME = TerritoryCode.of("A");
    private final PatientOrigins origins = new PatientOrigins(Map.of(HOME,
            List.of(TerritoryCode.of("B"), TerritoryCode.of("C"), TerritoryCode.of("D"))));

    @Test
    void splitsPutTheHomeTerritoryFirstWithMostOfTheActivity() {
        SplittableRandom rng = Seeds.of(9, "origines");
        for (int parts = 1; parts <= origins.mostParts(HOME); parts++) {
            PatientOrigins.Split split = origins.split(HOME, parts, rng);
            assertThat(split.residences()).hasSize(parts).doesNotHaveDuplicates();
            assertThat(new HashSet<>(split.residences())).hasSize(parts);
            assertThat(split.residences().get(0)).contains(HOME);
            assertThat(Arrays.stream(split.shares()).sum()).isCloseTo(1, within(1e-9));
            assertThat(split.shares()[0]).isGreaterThan(0.6);
        }
    }

    @Test
    void homeTerritoryPlusThreeOthersPlusUnknownMakeFiveParts() {
        assertThat(origins.mostParts(HOME)).isEqualTo(5);
    }
}
