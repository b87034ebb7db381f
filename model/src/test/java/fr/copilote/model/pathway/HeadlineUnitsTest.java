package fr.copilote.model.pathway;

import static fr.copilote.model.pathway.HeadlineUnit.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.copilote.model.common.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadlineUnitsTest {

    @Test
    void defaultsFollowTheUnitsEachPathwayIsSteeredIn() {
        HeadlineUnits units = HeadlineUnits.defaults();
        assertThat(units.headlineOf(CarePathway.PERINATALITE)).isEqualTo(NAISSANCES);
        assertThat(units.headlineOf(CarePathway.CHIRURGIE_ANESTHESIE)).isEqualTo(SEJOURS);
        assertThat(units.headlineOf(CarePathway.URGENCES)).isEqualTo(PASSAGES);
        assertThat(units.headlineOf(CarePathway.BIOLOGIE)).isEqualTo(ACTES);
        assertThat(units.headlineOf(CarePathway.IMAGERIE)).isEqualTo(ACTES);
        assertThat(units.headlineOf(CarePathway.SSR)).isEqualTo(JOURNEES);
        assertThat(units.of(CarePathway.CANCEROLOGIE)).containsExactly(SEJOURS, SEANCES, CONSULTATIONS);
    }

    @Test
    void onlyStaysOfBothKindsAddUpIntoOneUnit() {
        assertThat(SEJOURS.types()).hasSize(2);
        for (HeadlineUnit unit : HeadlineUnit.values()) {
            if (unit != SEJOURS) {
                assertThat(unit.types()).as(unit.name()).hasSize(1);
            }
        }
    }

    @Test
    void aPathwaySetOtherwiseKeepsConsultationsAfterItsOwnUnits() {
        HeadlineUnits units = HeadlineUnits.defaultsWith(Map.of("ssr", "seances, journees"));
        assertThat(units.of(CarePathway.SSR)).containsExactly(SEANCES, JOURNEES, CONSULTATIONS);
        assertThat(units.headlineOf(CarePathway.URGENCES)).isEqualTo(PASSAGES);
    }

    @Test
    void anUnknownUnitIsRefusedNamingTheCodesAllowed() {
        assertThatThrownBy(() -> HeadlineUnits.defaultsWith(Map.of("URGENCES", "PATIENTS")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("« PATIENTS » n'est pas une unité connue").hasMessageContaining("PASSAGES");
        assertThatThrownBy(() -> HeadlineUnits.defaultsWith(Map.of("CARDIO", "ACTES")))
                .hasMessageContaining("« CARDIO » n'est pas une filière connue");
    }
}
