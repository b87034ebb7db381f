package fr.copilote.model.pathway;

import static fr.copilote.model.pathway.CarePathway.*;
import static fr.copilote.model.pathway.HeadlineUnit.*;

import fr.copilote.model.common.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units each care pathway is steered in, first the headline one. Consultations follow every pathway's own
 * unit: wherever a pathway holds consultations (the consultations avancées the cooperations are built on),
 * they are shown as a unit of their own. A unit with no volume in a territory is simply not shown.
 */
public final class HeadlineUnits {

    public static final String RULE = "UNITE_DE_FILIERE";

    private final Map<CarePathway, List<HeadlineUnit>> units;

    private HeadlineUnits(Map<CarePathway, List<HeadlineUnit>> units) {
        this.units = units;
    }

    /** Périnatalité → naissances, Chirurgie → séjours, Urgences → passages, Biologie and Imagerie → actes, SSR → journées... */
    public static HeadlineUnits defaults() {
        Map<CarePathway, List<HeadlineUnit>> units = new EnumMap<>(CarePathway.class);
        units.put(PERINATALITE, List.of(NAISSANCES));
        units.put(CHIRURGIE_ANESTHESIE, List.of(SEJOURS));
        units.put(URGENCES, List.of(PASSAGES));
        units.put(BIOLOGIE, List.of(ACTES));
        units.put(IMAGERIE, List.of(ACTES));
        units.put(SSR, List.of(JOURNEES));
        units.put(MEDECINE, List.of(SEJOURS));
        units.put(CANCEROLOGIE, List.of(SEJOURS, SEANCES));
        units.put(GERIATRIE, List.of(SEJOURS));
        units.put(PSYCHIATRIE, List.of(JOURNEES));
        return new HeadlineUnits(withConsultations(units));
    }

    /**
     * The defaults with some pathways set otherwise, e.g. {@code SSR → "JOURNEES,SEANCES"}: the pathway's units,
     * headline first, as a comma-separated list of {@link HeadlineUnit} codes.
     */
    public static HeadlineUnits defaultsWith(Map<String, String> overrides) {
        Map<CarePathway, List<HeadlineUnit>> units = new EnumMap<>(defaults().units);
        overrides.forEach((pathwayCode, list) -> {
            CarePathway pathway = parse(CarePathway.class, pathwayCode, "filière");
            List<HeadlineUnit> chosen = new ArrayList<>();
            for (String code : list.split(",")) {
                if (!code.isBlank()) {
                    chosen.add(parse(HeadlineUnit.class, code, "unité"));
                }
            }
            if (chosen.isEmpty()) {
                throw new InvalidValueException(RULE, "aucune unité donnée pour la filière " + pathway.name());
            }
            units.put(pathway, List.copyOf(chosen));
        });
        return new HeadlineUnits(withConsultations(units));
    }

    private static Map<CarePathway, List<HeadlineUnit>> withConsultations(Map<CarePathway, List<HeadlineUnit>> units) {
        Map<CarePathway, List<HeadlineUnit>> complete = new EnumMap<>(CarePathway.class);
        units.forEach((pathway, list) -> {
            List<HeadlineUnit> withConsultations = new ArrayList<>(list);
            if (!withConsultations.contains(CONSULTATIONS)) {
                withConsultations.add(CONSULTATIONS);
            }
            complete.put(pathway, List.copyOf(withConsultations));
        });
        return complete;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(RULE, "« " + code.strip() + " » n'est pas une " + what + " connue ; codes possibles : "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    /** The pathway's units, headline first. */
    public List<HeadlineUnit> of(CarePathway pathway) {
        return units.getOrDefault(pathway, List.of(CONSULTATIONS));
    }

    public HeadlineUnit headlineOf(CarePathway pathway) {
        return of(pathway).get(0);
    }
}
