package fr.copilote.model.generator;

import static fr.copilote.model.activity.ActivityType.ACTE;
import static fr.copilote.model.activity.ActivityType.CONSULTATION;
import static fr.copilote.model.activity.ActivityType.JOURNEE;
import static fr.copilote.model.activity.ActivityType.NAISSANCE;
import static fr.copilote.model.activity.ActivityType.PASSAGE_URGENCES;
import static fr.copilote.model.activity.ActivityType.SEANCE;
import static fr.copilote.model.activity.ActivityType.SEJOUR_AMBULATOIRE;
import static fr.copilote.model.activity.ActivityType.SEJOUR_HC;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.pathway.CarePathway;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads an establishment's SAE-like yearly figures over care pathways and activity types. The SAE counts MCO
 * stays as a whole; the shares below are typical of a French general hospital and only need to be plausible.
 * Pathways without activity (no maternity, no emergency unit…) get no plan.
 */
final class ActivityBreakdown {

    /** Relative lengths of stay: medicine keeps patients longer than surgery, obstetrics the shortest. */
    private static final double MEDICINE_STAY = 1.12;
    private static final double SURGERY_STAY = 0.90;
    private static final double PERINATAL_STAY = 0.55;

    private ActivityBreakdown() {
    }

    static List<PathwayPlan> of(AnnualFigures figures) {
        boolean maternity = figures.births() > 0;
        double medicineShare = maternity ? 0.55 : 0.60;
        double surgeryShare = maternity ? 0.33 : 0.40;
        double perinatalShare = maternity ? 0.12 : 0;
        // Rescaled so that days ÷ stays over the three pathways is the SAE's own average length of stay.
        double stayScale = medicineShare * MEDICINE_STAY + surgeryShare * SURGERY_STAY + perinatalShare * PERINATAL_STAY;
        double averageStay = figures.averageLengthOfStay() / stayScale;
        double stays = figures.fullStays();
        double partial = figures.partialStays();
        double sessions = figures.sessions();
        double visits = figures.emergencyVisits();

        List<PathwayPlan> plans = new ArrayList<>();
        new Plan(CarePathway.MEDECINE, averageStay * MEDICINE_STAY).with(SEJOUR_HC, medicineShare * stays)
                .with(SEJOUR_AMBULATOIRE, 0.40 * partial).with(CONSULTATION, 2.2 * stays).with(SEANCE, 0.35 * sessions)
                .addTo(plans);
        new Plan(CarePathway.CHIRURGIE_ANESTHESIE, averageStay * SURGERY_STAY).with(SEJOUR_HC, surgeryShare * stays)
                .with(SEJOUR_AMBULATOIRE, 0.50 * partial).with(CONSULTATION, 1.5 * stays).addTo(plans);
        new Plan(CarePathway.PERINATALITE, averageStay * PERINATAL_STAY).with(NAISSANCE, figures.births())
                .with(SEJOUR_HC, perinatalShare * stays).with(CONSULTATION, 5 * figures.births()).addTo(plans);
        new Plan(CarePathway.URGENCES, 0).with(PASSAGE_URGENCES, visits).addTo(plans);
        new Plan(CarePathway.BIOLOGIE, 0).with(ACTE, 12 * (stays + partial) + 4 * visits).addTo(plans);
        new Plan(CarePathway.IMAGERIE, 0).with(ACTE, 0.9 * stays + 0.2 * partial + 0.5 * visits).addTo(plans);
        double rehabStay = figures.rehabStays() > 0 ? figures.rehabDays() / figures.rehabStays() : 0;
        new Plan(CarePathway.SSR, rehabStay).with(SEJOUR_HC, figures.rehabStays()).with(JOURNEE, figures.rehabDays())
                .addTo(plans);
        if (sessions > 0) {
            new Plan(CarePathway.CANCEROLOGIE, 0).with(SEANCE, 0.65 * sessions).with(SEJOUR_AMBULATOIRE, 0.10 * partial)
                    .with(CONSULTATION, 0.25 * sessions).addTo(plans);
        }
        return plans;
    }

    /** Collects one pathway's yearly volumes, leaving out types with less than one unit a year. */
    private static final class Plan {

        private final CarePathway pathway;
        private final double daysPerStay;
        private final Map<ActivityType, Double> volumes = new EnumMap<>(ActivityType.class);

        private Plan(CarePathway pathway, double daysPerStay) {
            this.pathway = pathway;
            this.daysPerStay = daysPerStay;
        }

        private Plan with(ActivityType type, double volume) {
            if (volume >= 1) {
                volumes.put(type, volume);
            }
            return this;
        }

        private void addTo(List<PathwayPlan> plans) {
            if (daysPerStay > 0 && volumes.containsKey(SEJOUR_HC) && !volumes.containsKey(JOURNEE)) {
                volumes.put(JOURNEE, volumes.get(SEJOUR_HC) * daysPerStay);
            }
            if (!volumes.isEmpty()) {
                plans.add(new PathwayPlan(pathway, volumes, daysPerStay));
            }
        }
    }
}
