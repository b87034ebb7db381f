package fr.copilote.model.generator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.establishment.Finess;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticFinessTest {

    @Test
    void drawsValidDistinctNumbersInTheGivenDepartement() {
        SyntheticFiness numbers = new SyntheticFiness(Seeds.of(1, "test"));
        Set<Finess> drawn = new HashSet<>();
        for (String departement : SyntheticFiness.DEPARTEMENTS) {
            for (int i = 0; i < 50; i++) {
                Finess site = numbers.site(departement);
                Finess entity = numbers.legalEntity(departement);
                assertThat(site.departementPrefix()).isEqualTo(departement);
                assertThat(site.value().charAt(2)).isEqualTo('0');
                assertThat(entity.value().charAt(2)).isEqualTo('7');
                assertThat(drawn.add(site)).isTrue();
                assertThat(drawn.add(entity)).isTrue();
            }
        }
        assertThat(drawn).allSatisfy(finess -> assertThat(Finess.isValid(finess.value())).isTrue());
    }

    @Test
    void departementsAreMetropolitanAndWrittenWithDigitsOnly() {
        assertThat(SyntheticFiness.DEPARTEMENTS).hasSize(94).contains("01", "19", "21", "95").doesNotContain("20", "00", "96");
    }
}
