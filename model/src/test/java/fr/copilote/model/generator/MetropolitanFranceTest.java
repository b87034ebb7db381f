package fr.copilote.model.generator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.establishment.GeoPoint;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetropolitanFranceTest {

    @Test
    void containsInlandCitiesButNotTheSeaOrNeighbouringCountries() {
        assertThat(MetropolitanFrance.contains(new GeoPoint(48.857, 2.352))).as("Paris").isTrue();
        assertThat(MetropolitanFrance.contains(new GeoPoint(45.764, 4.836))).as("Lyon").isTrue();
        assertThat(MetropolitanFrance.contains(new GeoPoint(44.838, -0.579))).as("Bordeaux").isTrue();
        assertThat(MetropolitanFrance.contains(new GeoPoint(48.114, -1.680))).as("Rennes").isTrue();
        assertThat(MetropolitanFrance.contains(new GeoPoint(51.507, -0.128))).as("Londres").isFalse();
        assertThat(MetropolitanFrance.contains(new GeoPoint(40.417, -3.704))).as("Madrid").isFalse();
        assertThat(MetropolitanFrance.contains(new GeoPoint(46.0, -3.0))).as("golfe de Gascogne").isFalse();
        assertThat(MetropolitanFrance.contains(new GeoPoint(50.85, 4.35))).as("Bruxelles").isFalse();
    }

    @Test
    void pointsNearACentreStayOnLand() {
        SplittableRandom rng = Seeds.of(2, "carte");
        for (int i = 0; i < 200; i++) {
            GeoPoint centre = MetropolitanFrance.anywhere(rng);
            assertThat(MetropolitanFrance.contains(MetropolitanFrance.near(centre, rng))).isTrue();
        }
    }
}
