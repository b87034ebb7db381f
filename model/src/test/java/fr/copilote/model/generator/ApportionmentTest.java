package fr.copilote.model.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

    @Test
    void partsAlwaysAddUpToTheTotal() {
        SplittableRandom rng = Seeds.of(11, "parts");
        for (int i = 0; i < 1_000; i++) {
            double[] weights = rng.doubles(1 + rng.nextInt(8)).toArray();
            long total = rng.nextLong(1_000_000);
            assertThat(Arrays.stream(Apportionment.split(total, weights)).sum()).isEqualTo(total);
        }
    }

    @Test
    void partsFollowTheWeights() {
        assertThat(Apportionment.split(10L, new double[] {0.7, 0.2, 0.1})).containsExactly(7, 2, 1);
        assertThat(Apportionment.split(7, new double[] {1, 1, 1})).containsExactly(3, 2, 2);
        assertThat(Apportionment.split(5L, new double[] {0, 0})).containsExactly(5, 0);
    }
}
