package fr.copilote.model.generator;

import fr.copilote.model.establishment.Finess;
import java.math.BigDecimal;
import java.util.List;

/**
 * One practitioner whose running conventions add up to more than ten half-days a week: deliberately
 * impossible, so that the sample exercises the over-commitment warning. One convention per host.
 */
record OverbookedPractitioner(Finess origin, List<Finess> hosts, List<BigDecimal> halfDaysPerHost, Specialty specialty) {

    OverbookedPractitioner {
        hosts = List.copyOf(hosts);
        halfDaysPerHost = List.copyOf(halfDaysPerHost);
        if (hosts.size() != halfDaysPerHost.size()) {
            throw new IllegalArgumentException("one half-day count per host expected");
        }
    }
}
