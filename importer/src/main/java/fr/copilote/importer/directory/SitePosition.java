package fr.copilote.importer.directory;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.GeoPoint;

/** A site's coordinates from the healthcare-services file. */
record SitePosition(Finess site, GeoPoint position) {
}
