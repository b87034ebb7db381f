package fr.copilote.model.generator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.common.Luhn;
import fr.copilote.model.convention.Rpps;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RppsFactoryTest {

    @Test
    void issuesDistinctElevenDigitNumbersStartingWith10WithALuhnKey() {
        RppsFactory factory = new RppsFactory(Seeds.of(3, "rpps"));
        Set<Rpps> issued = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            Rpps rpps = factory.next();
            assertThat(rpps.value()).hasSize(11).startsWith("10");
            assertThat(Luhn.isValid(rpps.value())).isTrue();
            assertThat(issued.add(rpps)).isTrue();
        }
    }

    @Test
    void sameStreamIssuesTheSameNumbers() {
        assertThat(new RppsFactory(Seeds.of(3, "rpps")).next()).isEqualTo(new RppsFactory(Seeds.of(3, "rpps")).next());
    }
}
