package fr.copilote.scheduler.consolidation;

import fr.copilote.model.pathway.HeadlineUnits;
import fr.copilote.model.pet.PetBand;
import fr.copilote.model.pet.PetScale;
import fr.copilote.model.pet.PetScales;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the consolidation ({@code copilote.consolidation.*}).
 *
 * @param partnersInTotals territory codes whose partners count in the territory's totals (none by default)
 * @param petScales        the prime d'exercice territorial scales, dated; the regulatory scale when empty
 * @param headlineUnits    per care pathway code, its units headline first ({@code SSR: JOURNEES,SEANCES}); the
 *                         pathways not given keep their default units
 */
@ConfigurationProperties("copilote.consolidation")
public record ConsolidationProperties(@DefaultValue Set<String> partnersInTotals, @DefaultValue List<Scale> petScales,
                                      @DefaultValue Map<String, String> headlineUnits) {

    public ConsolidationProperties {
        // A wrong code fails at start-up, in French, rather than in the middle of the night's consolidation.
        HeadlineUnits.defaultsWith(headlineUnits);
    }

    /** The units each pathway is steered in. */
    public HeadlineUnits pathwayUnits() {
        return HeadlineUnits.defaultsWith(headlineUnits);
    }

    /** One dated scale: bands by weekly half-days, and the multi-site rule. */
    public record Scale(LocalDate effectiveFrom, String reference, List<Band> bands, BigDecimal multiSiteHalfDays,
                        int multiSiteMinimumSites, BigDecimal multiSiteMonthlyEur) {
    }

    /** Half-days above the previous band's upper bound, up to {@code upTo} (none for the last band). */
    public record Band(BigDecimal upTo, BigDecimal monthlyEur) {
    }

    public PetScales scales() {
        if (petScales.isEmpty()) {
            return PetScales.regulatoryDefaults();
        }
        List<PetScale> scales = new ArrayList<>();
        for (Scale scale : petScales) {
            List<PetBand> bands = new ArrayList<>();
            BigDecimal from = BigDecimal.ZERO;
            for (Band band : scale.bands()) {
                bands.add(new PetBand(from, band.upTo(), band.monthlyEur()));
                from = band.upTo();
            }
            scales.add(new PetScale(scale.effectiveFrom(), scale.reference(), bands, scale.multiSiteHalfDays(),
                    scale.multiSiteMinimumSites(), scale.multiSiteMonthlyEur()));
        }
        return new PetScales(scales);
    }
}
