package fr.copilote.model.generator;

import fr.copilote.model.establishment.GeoPoint;
import java.util.SplittableRandom;

/**
 * A coarse outline of metropolitan France, drawn a little inland of the coasts and borders, to place synthetic
 * establishments on land. Precision is not the point: positions only need to look right on a map and give
 * realistic distances between neighbours.
 */
final class MetropolitanFrance {

    /** Latitude, longitude pairs, clockwise from Flanders. */
    private static final double[][] OUTLINE = {
            {50.90, 2.60}, {50.45, 3.40}, {50.00, 4.10}, {49.55, 5.50}, {49.10, 6.80}, {48.90, 7.85}, {48.10, 7.45},
            {47.60, 7.25}, {46.50, 6.10}, {46.10, 6.40}, {45.20, 6.80}, {44.30, 6.80}, {43.85, 7.20}, {43.60, 6.70},
            {43.30, 5.90}, {43.55, 4.60}, {43.45, 3.50}, {42.75, 2.85}, {42.70, 1.90}, {42.90, 0.60}, {43.20, -0.90},
            {43.40, -1.40}, {44.60, -1.00}, {45.70, -0.90}, {46.50, -1.50}, {47.20, -1.90}, {47.70, -3.20},
            {48.10, -4.10}, {48.45, -4.30}, {48.40, -2.80}, {48.50, -1.60}, {49.20, -1.40}, {49.20, -0.40},
            {49.40, 0.60}, {49.80, 1.20}, {50.30, 1.80}, {50.70, 1.90}};
    private static final double LOWEST_LATITUDE = 42.70;
    private static final double HIGHEST_LATITUDE = 50.90;
    private static final double WESTMOST_LONGITUDE = -4.30;
    private static final double EASTMOST_LONGITUDE = 7.85;
    /** About 28 km north–south and 28 km east–west: the spread of one territory's establishments. */
    private static final double LATITUDE_SPREAD = 0.25;
    private static final double LONGITUDE_SPREAD = 0.36;
    private static final int ATTEMPTS = 100;

    private MetropolitanFrance() {
    }

    static GeoPoint anywhere(SplittableRandom rng) {
        while (true) {
            GeoPoint point = new GeoPoint(Draws.between(rng, LOWEST_LATITUDE, HIGHEST_LATITUDE),
                    Draws.between(rng, WESTMOST_LONGITUDE, EASTMOST_LONGITUDE));
            if (contains(point)) {
                return point;
            }
        }
    }

    /** A point on land around a territory's centre; the centre itself if the draws keep falling outside. */
    static GeoPoint near(GeoPoint centre, SplittableRandom rng) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            GeoPoint point = new GeoPoint(centre.latitude() + Draws.between(rng, -LATITUDE_SPREAD, LATITUDE_SPREAD),
                    centre.longitude() + Draws.between(rng, -LONGITUDE_SPREAD, LONGITUDE_SPREAD));
            if (contains(point)) {
                return point;
            }
        }
        return centre;
    }

    /** Ray casting. */
    static boolean contains(GeoPoint point) {
        boolean inside = false;
        for (int i = 0, j = OUTLINE.length - 1; i < OUTLINE.length; j = i++) {
            double latI = OUTLINE[i][0];
            double lonI = OUTLINE[i][1];
            double latJ = OUTLINE[j][0];
            double lonJ = OUTLINE[j][1];
            if ((latI > point.latitude()) != (latJ > point.latitude())
                    && point.longitude() < (lonJ - lonI) * (point.latitude() - latI) / (latJ - latI) + lonI) {
                inside = !inside;
            }
        }
        return inside;
    }
}
