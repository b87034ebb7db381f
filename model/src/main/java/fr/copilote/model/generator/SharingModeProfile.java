package fr.copilote.model.generator;

import static fr.copilote.model.convention.SharingMode.ASSISTANT_PARTAGE;
import static fr.copilote.model.convention.SharingMode.CONSULTATION_AVANCEE;
import static fr.copilote.model.convention.SharingMode.PERMANENCE_DES_SOINS;
import static fr.copilote.model.convention.SharingMode.POSTE_PARTAGE;
import static fr.copilote.model.convention.SharingMode.TELEEXPERTISE;
import static fr.copilote.model.convention.SharingMode.VACATION;

import fr.copilote.model.convention.SharingMode;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How a kind of specialty usually shares its practitioners. A mode listed twice is drawn twice as often:
 * medical specialties go out in consultations avancées, anaesthetists and emergency doctors cover
 * permanence des soins, imaging and laboratories work remotely.
 */
enum SharingModeProfile {
    MEDICAL(CONSULTATION_AVANCEE, CONSULTATION_AVANCEE, CONSULTATION_AVANCEE, VACATION, VACATION, VACATION,
            POSTE_PARTAGE, ASSISTANT_PARTAGE),
    SURGICAL(VACATION, VACATION, VACATION, CONSULTATION_AVANCEE, CONSULTATION_AVANCEE, POSTE_PARTAGE, ASSISTANT_PARTAGE),
    ANAESTHESIA(VACATION, VACATION, VACATION, PERMANENCE_DES_SOINS, PERMANENCE_DES_SOINS, POSTE_PARTAGE),
    EMERGENCY(PERMANENCE_DES_SOINS, PERMANENCE_DES_SOINS, VACATION, VACATION),
    REMOTE_IMAGING(TELEEXPERTISE),
    LABORATORY(TELEEXPERTISE, TELEEXPERTISE, VACATION);

    private final List<SharingMode> weightedModes;

    SharingModeProfile(SharingMode... weightedModes) {
        this.weightedModes = List.of(weightedModes);
    }

    /**
     * A mode among those the cooperation uses ({@code allowed}, empty for any); when none of the profile's
     * modes is allowed, the cooperation's first mode in code-list order.
     */
    SharingMode draw(SplittableRandom rng, Set<SharingMode> allowed) {
        if (allowed.isEmpty()) {
            return Draws.pick(rng, weightedModes);
        }
        List<SharingMode> usable = weightedModes.stream().filter(allowed::contains).toList();
        if (usable.isEmpty()) {
            return allowed.stream().sorted().findFirst().orElseThrow();
        }
        return Draws.pick(rng, usable);
    }
}
