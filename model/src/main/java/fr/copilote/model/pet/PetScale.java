package fr.copilote.model.pet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The PET scale in force from a date. Besides the bands, the text grants the top amount to a practitioner
 * working exactly {@code multiSiteHalfDays} half-days spread over at least {@code multiSiteMinimumSites} sites
 * other than the main one.
 */
public record PetScale(LocalDate effectiveFrom, String reference, List<PetBand> bands, BigDecimal multiSiteHalfDays,
                       int multiSiteMinimumSites, BigDecimal multiSiteMonthlyEur) {

    public PetScale {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        bands = List.copyOf(bands);
    }

    /**
     * The scale of the arrêté du 14 mars 2017 (NOR AFSH1628958A), restated by article 5 of the arrêté du
     * 28 décembre 2020: 1 half-day 250 €; more than 1 up to 3: 450 €; more than 3 up to 4: 700 €; more than 4,
     * or 4 on at least two sites other than the main one: 1,000 € (gross, monthly).
     */
    public static PetScale regulatory2017() {
        return new PetScale(LocalDate.of(2017, 3, 15), "arrêté du 14 mars 2017, repris par l'arrêté du 28 décembre 2020 (art. 5)",
                List.of(new PetBand(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("250")),
                        new PetBand(BigDecimal.ONE, new BigDecimal("3"), new BigDecimal("450")),
                        new PetBand(new BigDecimal("3"), new BigDecimal("4"), new BigDecimal("700")),
                        new PetBand(new BigDecimal("4"), null, new BigDecimal("1000"))),
                new BigDecimal("4"), 2, new BigDecimal("1000"));
    }

    /** The monthly amount for weekly half-days spent on {@code sites} distinct sites at least 20 km away. */
    public Optional<BigDecimal> monthlyAmount(BigDecimal halfDays, int sites) {
        if (halfDays.compareTo(multiSiteHalfDays) == 0 && sites >= multiSiteMinimumSites) {
            return Optional.of(multiSiteMonthlyEur);
        }
        return bands.stream().filter(band -> band.covers(halfDays)).map(PetBand::monthlyEur).findFirst();
    }
}
