package fr.copilote.model.pet;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The PET scales as dated configuration: amounts change by decree, and a run uses the one in force on its date. */
public record PetScales(List<PetScale> scales) {

    public PetScales {
        scales = scales.stream().sorted(Comparator.comparing(PetScale::effectiveFrom)).toList();
        if (scales.isEmpty()) {
            throw new IllegalArgumentException("au moins un barème de prime d'exercice territorial est nécessaire");
        }
    }

    public static PetScales regulatoryDefaults() {
        return new PetScales(List.of(PetScale.regulatory2017()));
    }

    /** The scale in force on {@code day}: the latest one that took effect on or before it (the first, before any). */
    public PetScale inForceOn(LocalDate day) {
        PetScale chosen = scales.get(0);
        for (PetScale scale : scales) {
            if (!scale.effectiveFrom().isAfter(day)) {
                chosen = scale;
            }
        }
        return chosen;
    }
}
