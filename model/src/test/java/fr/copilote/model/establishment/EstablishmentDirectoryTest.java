package fr.copilote.model.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstablishmentDirectoryTest {

    private static final Finess CHU = new Finess("420784878");
    private static final GeoPoint VALENCE = new GeoPoint(44.93, 4.89);
    private static final GeoPoint SAINT_ETIENNE = new GeoPoint(45.45, 4.39);

    private final EstablishmentDirectory directory = new EstablishmentDirectory(2023, List.of(
            new Establishment(new Finess("260020078"), CHU, "SERVICE NEUROCHIRURGIE - CHU42", "101", "26", "VALENCE", VALENCE),
            new Establishment(new Finess("420785354"), CHU, "HOPITAL NORD - CHU42", "101", "42", "SAINT PRIEST EN JAREZ", SAINT_ETIENNE),
            new Establishment(new Finess("420000010"), new Finess("420780033"), "CH DE ROANNE", "355", "42", "ROANNE", null)),
            Map.of(CHU, "CHU DE SAINT-ETIENNE"));

    @Test
    void knowsSitesAndLegalEntitiesAndRollsSitesUp() {
        assertThat(directory.contains(CHU)).isTrue();
        assertThat(directory.contains(new Finess("420780033"))).isTrue();
        assertThat(directory.contains(new Finess("010780054"))).isFalse();
        assertThat(directory.legalEntityOf(new Finess("420785354"))).contains(CHU);
        assertThat(directory.legalEntityOf(CHU)).contains(CHU);
    }

    @Test
    void placesALegalEntityAtASiteOfItsOwnDepartementRatherThanAtARemoteService() {
        assertThat(directory.positionOf(CHU)).contains(SAINT_ETIENNE);
    }

    @Test
    void aLegalEntityOfSeveralSitesWithoutItsStNameIsNotGivenTheNameOfOneOfItsSites() {
        EstablishmentDirectory withoutSt = new EstablishmentDirectory(2023, List.of(
                new Establishment(new Finess("260020078"), CHU, "SERVICE NEUROCHIRURGIE - CHU42", "101", "26", "VALENCE", VALENCE),
                new Establishment(new Finess("420785354"), CHU, "HOPITAL NORD - CHU42", "101", "42", "SAINT PRIEST EN JAREZ", SAINT_ETIENNE),
                new Establishment(new Finess("420000010"), new Finess("420780033"), "CH DE ROANNE", "355", "42", "ROANNE", null)),
                Map.of());

        assertThat(withoutSt.legalEntityName(CHU)).isEqualTo("Entité juridique 420784878 — sites : HOPITAL NORD - CHU42 et 1 autre");
        assertThat(withoutSt.hasOwnName(CHU)).isFalse();
        assertThat(withoutSt.legalEntityName(new Finess("420780033"))).as("its only site").isEqualTo("CH DE ROANNE");
        assertThat(withoutSt.hasOwnName(new Finess("420780033"))).isTrue();
        assertThat(directory.hasOwnName(CHU)).as("named by the ST base").isTrue();
    }

    @Test
    void namesLegalEntitiesFromTheStBaseElseFromASite() {
        assertThat(directory.legalEntityName(CHU)).isEqualTo("CHU DE SAINT-ETIENNE");
        assertThat(directory.legalEntityName(new Finess("420780033"))).isEqualTo("CH DE ROANNE");
    }
}
