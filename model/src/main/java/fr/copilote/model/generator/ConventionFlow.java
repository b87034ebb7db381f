package fr.copilote.model.generator;

import fr.copilote.model.establishment.Finess;
import java.util.List;

/**
 * {@code count} conventions in which a practitioner of one of {@code origins} works at one of {@code hosts}, in
 * one of {@code specialties}. Origin and host are always distinct legal entities.
 */
record ConventionFlow(List<Finess> origins, List<Finess> hosts, List<Specialty> specialties, int count) {

    ConventionFlow {
        origins = List.copyOf(origins);
        hosts = List.copyOf(hosts);
        specialties = List.copyOf(specialties);
        if (origins.isEmpty() || hosts.isEmpty() || specialties.isEmpty() || count < 0) {
            throw new IllegalArgumentException("incomplete convention flow");
        }
    }
}
