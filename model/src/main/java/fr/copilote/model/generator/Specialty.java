package fr.copilote.model.generator;

import fr.copilote.model.pathway.CarePathway;

/** The medical specialties conventions are drawn in, with the French label written in {@code conventions.csv}. */
enum Specialty {
    PAEDIATRICS("Pédiatrie", CarePathway.PERINATALITE, SharingModeProfile.MEDICAL),
    OBSTETRICS_GYNAECOLOGY("Gynécologie-obstétrique", CarePathway.PERINATALITE, SharingModeProfile.SURGICAL),
    CARDIOLOGY("Cardiologie", CarePathway.MEDECINE, SharingModeProfile.MEDICAL),
    NEUROLOGY("Neurologie", CarePathway.MEDECINE, SharingModeProfile.MEDICAL),
    PNEUMOLOGY("Pneumologie", CarePathway.MEDECINE, SharingModeProfile.MEDICAL),
    GASTROENTEROLOGY("Gastro-entérologie", CarePathway.MEDECINE, SharingModeProfile.MEDICAL),
    NEPHROLOGY("Néphrologie", CarePathway.MEDECINE, SharingModeProfile.MEDICAL),
    ENDOCRINOLOGY("Endocrinologie", CarePathway.MEDECINE, SharingModeProfile.MEDICAL),
    RHEUMATOLOGY("Rhumatologie", CarePathway.MEDECINE, SharingModeProfile.MEDICAL),
    INFECTIOUS_DISEASES("Infectiologie", CarePathway.MEDECINE, SharingModeProfile.MEDICAL),
    DERMATOLOGY("Dermatologie", CarePathway.MEDECINE, SharingModeProfile.MEDICAL),
    ENT("ORL", CarePathway.CHIRURGIE_ANESTHESIE, SharingModeProfile.SURGICAL),
    ANAESTHESIA_INTENSIVE_CARE("Anesthésie-réanimation", CarePathway.CHIRURGIE_ANESTHESIE, SharingModeProfile.ANAESTHESIA),
    VASCULAR_SURGERY("Chirurgie vasculaire", CarePathway.CHIRURGIE_ANESTHESIE, SharingModeProfile.SURGICAL),
    VISCERAL_SURGERY("Chirurgie viscérale", CarePathway.CHIRURGIE_ANESTHESIE, SharingModeProfile.SURGICAL),
    ORTHOPAEDIC_SURGERY("Chirurgie orthopédique", CarePathway.CHIRURGIE_ANESTHESIE, SharingModeProfile.SURGICAL),
    UROLOGY("Urologie", CarePathway.CHIRURGIE_ANESTHESIE, SharingModeProfile.SURGICAL),
    OPHTHALMOLOGY("Ophtalmologie", CarePathway.CHIRURGIE_ANESTHESIE, SharingModeProfile.SURGICAL),
    PNEUMO_ONCOLOGY("Pneumo-oncologie", CarePathway.CANCEROLOGIE, SharingModeProfile.MEDICAL),
    MEDICAL_ONCOLOGY("Oncologie médicale", CarePathway.CANCEROLOGIE, SharingModeProfile.MEDICAL),
    HAEMATOLOGY("Hématologie", CarePathway.CANCEROLOGIE, SharingModeProfile.MEDICAL),
    PAEDIATRIC_EMERGENCIES("Urgences pédiatriques", CarePathway.URGENCES, SharingModeProfile.EMERGENCY),
    EMERGENCY_MEDICINE("Médecine d'urgence", CarePathway.URGENCES, SharingModeProfile.EMERGENCY),
    TELE_IMAGING("Télé-imagerie", CarePathway.IMAGERIE, SharingModeProfile.REMOTE_IMAGING),
    RADIOLOGY("Radiologie", CarePathway.IMAGERIE, SharingModeProfile.SURGICAL),
    SPECIALISED_BIOLOGY("Biologie spécialisée", CarePathway.BIOLOGIE, SharingModeProfile.LABORATORY),
    PHYSICAL_MEDICINE_REHABILITATION("Médecine physique et réadaptation", CarePathway.SSR, SharingModeProfile.MEDICAL),
    GERIATRICS("Gériatrie", CarePathway.GERIATRIE, SharingModeProfile.MEDICAL),
    PSYCHIATRY("Psychiatrie", CarePathway.PSYCHIATRIE, SharingModeProfile.MEDICAL);

    private final String label;
    private final CarePathway carePathway;
    private final SharingModeProfile modes;

    Specialty(String label, CarePathway carePathway, SharingModeProfile modes) {
        this.label = label;
        this.carePathway = carePathway;
        this.modes = modes;
    }

    String label() {
        return label;
    }

    CarePathway carePathway() {
        return carePathway;
    }

    SharingModeProfile modes() {
        return modes;
    }
}
