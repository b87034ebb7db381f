package fr.copilote.model.generator;

import static fr.copilote.model.generator.Specialty.*;

import fr.copilote.model.convention.SharingMode;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.Membership;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The five real cooperations of the bundled sample, with their real FINESS numbers (sites or legal entities,
 * as each cooperation would list them) and the shape of their conventions. Conventions of CHU Saint-Étienne
 * name its located sites rather than the legal entity, whose first site in the directory is in Valence:
 * distances would otherwise be measured from the wrong town.
 */
final class BundledCooperations {

    static final TerritoryCode G4_LOIRE_SUD = TerritoryCode.of("G4-LOIRE-SUD");
    static final TerritoryCode STE_ROANNE = TerritoryCode.of("STE-ROANNE");
    static final TerritoryCode HCL_VIENNE = TerritoryCode.of("HCL-VIENNE");
    static final TerritoryCode LILLE = TerritoryCode.of("LILLE");
    static final TerritoryCode SUD_HAUT_MARNAIS = TerritoryCode.of("SUD-HAUT-MARNAIS");

    static final Finess CHU_SAINT_ETIENNE = Finess.of("420784878");
    static final Finess CHU_SAINT_ETIENNE_HOPITAL_NORD = Finess.of("420785354");
    static final Finess CHU_SAINT_ETIENNE_BELLEVUE = Finess.of("420782559");
    static final Finess CH_FOREZ_MONTBRISON = Finess.of("420000226");
    static final Finess CH_FOREZ_FEURS = Finess.of("420000267");
    static final Finess CH_GIER = Finess.of("420780637");
    static final Finess CH_FIRMINY = Finess.of("420000234");
    static final Finess CH_ROANNE = Finess.of("420000010");

    static final Finess HCL = Finess.of("690781810");
    static final Finess HCL_EDOUARD_HERRIOT = Finess.of("690783154");
    static final Finess HCL_LYON_SUD = Finess.of("690784137");
    static final Finess HCL_FEMME_MERE_ENFANT = Finess.of("690007539");
    static final Finess CH_VIENNE = Finess.of("380000174");

    static final Finess CHRU_LILLE = Finess.of("590780193");
    static final Finess CHRU_LILLE_CHR = Finess.of("590000105");
    static final Finess CHRU_LILLE_HURIEZ = Finess.of("590811279");
    static final Finess CHRU_LILLE_JEANNE_DE_FLANDRE = Finess.of("590006607");
    static final List<Finess> CHRU_LILLE_NUMBERS = List.of(CHRU_LILLE, CHRU_LILLE_CHR, CHRU_LILLE_HURIEZ,
            CHRU_LILLE_JEANNE_DE_FLANDRE);
    static final List<Finess> LILLE_PARTNER_HOSPITALS = List.of(Finess.of("590000618"), Finess.of("620000257"),
            Finess.of("620000034"), Finess.of("620000323"), Finess.of("620000653"), Finess.of("590000337"),
            Finess.of("590001004"), Finess.of("590801106"), Finess.of("590804696"));
    static final int LILLE_CONVENTIONS_HOSTED_BY_CHRU = 129;
    static final int LILLE_CONVENTIONS_FROM_CHRU = 78;

    static final Finess CH_CHAUMONT = Finess.of("520000027");
    static final Finess CH_LANGRES = Finess.of("520000043");
    static final Finess CH_BOURBONNE = Finess.of("520000019");
    static final Finess CMC_CHAUMONT = Finess.of("520780214");
    static final Finess CLINIQUE_COMPASSION = Finess.of("520780156");
    static final Finess CHU_DIJON = Finess.of("210780581");
    static final Finess CHU_DIJON_BOCAGE = Finess.of("210987558");

    private static final List<Specialty> STE_ROANNE_SPECIALTIES = List.of(PAEDIATRICS, OBSTETRICS_GYNAECOLOGY, CARDIOLOGY,
            NEUROLOGY, PNEUMOLOGY, GASTROENTEROLOGY, NEPHROLOGY, ENT, ANAESTHESIA_INTENSIVE_CARE, VASCULAR_SURGERY,
            OPHTHALMOLOGY);

    static final List<TerritoryCode> TERRITORIES = List.of(G4_LOIRE_SUD, STE_ROANNE, HCL_VIENNE, LILLE, SUD_HAUT_MARNAIS);
    static final int TERRITORY_COUNT = TERRITORIES.size();
    static final int ESTABLISHMENT_COUNT = (int) memberships().stream().map(Membership::finess).distinct().count();
    static final int CONVENTION_COUNT = programs().stream().mapToInt(ConventionProgram::conventionCount).sum();

    private BundledCooperations() {
    }

    /** In the order above: an establishment's home territory is the first it appears in. */
    static List<Membership> memberships() {
        List<Membership> memberships = new ArrayList<>();
        String g4 = "G4 Loire Sud";
        memberships.add(new Membership(G4_LOIRE_SUD, g4, CHU_SAINT_ETIENNE, MembershipRole.SUPPORT));
        // CH du Forez listed by its two sites: the application rolls them up to legal entity 420013831.
        memberships.add(new Membership(G4_LOIRE_SUD, g4, CH_FOREZ_MONTBRISON, MembershipRole.MEMBER));
        memberships.add(new Membership(G4_LOIRE_SUD, g4, CH_FOREZ_FEURS, MembershipRole.MEMBER));
        memberships.add(new Membership(G4_LOIRE_SUD, g4, CH_GIER, MembershipRole.MEMBER));
        memberships.add(new Membership(G4_LOIRE_SUD, g4, CH_FIRMINY, MembershipRole.MEMBER));
        String steRoanne = "CHU de Saint-Étienne – CH de Roanne";
        memberships.add(new Membership(STE_ROANNE, steRoanne, CHU_SAINT_ETIENNE, MembershipRole.SUPPORT));
        memberships.add(new Membership(STE_ROANNE, steRoanne, CH_ROANNE, MembershipRole.MEMBER));
        String hclVienne = "Hospices Civils de Lyon – CH Lucien Hussel";
        memberships.add(new Membership(HCL_VIENNE, hclVienne, HCL, MembershipRole.SUPPORT));
        memberships.add(new Membership(HCL_VIENNE, hclVienne, CH_VIENNE, MembershipRole.MEMBER));
        String lille = "CHRU de Lille et hôpitaux partenaires";
        memberships.add(new Membership(LILLE, lille, CHRU_LILLE, MembershipRole.SUPPORT));
        LILLE_PARTNER_HOSPITALS.forEach(hospital -> memberships.add(new Membership(LILLE, lille, hospital, MembershipRole.MEMBER)));
        String sudHautMarnais = "Sud Haut-Marnais";
        memberships.add(new Membership(SUD_HAUT_MARNAIS, sudHautMarnais, CH_CHAUMONT, MembershipRole.SUPPORT));
        memberships.add(new Membership(SUD_HAUT_MARNAIS, sudHautMarnais, CH_LANGRES, MembershipRole.MEMBER));
        memberships.add(new Membership(SUD_HAUT_MARNAIS, sudHautMarnais, CH_BOURBONNE, MembershipRole.MEMBER));
        memberships.add(new Membership(SUD_HAUT_MARNAIS, sudHautMarnais, CMC_CHAUMONT, MembershipRole.PARTNER));
        memberships.add(new Membership(SUD_HAUT_MARNAIS, sudHautMarnais, CLINIQUE_COMPASSION, MembershipRole.PARTNER));
        memberships.add(new Membership(SUD_HAUT_MARNAIS, sudHautMarnais, CHU_DIJON, MembershipRole.PARTNER));
        return memberships;
    }

    static List<ConventionProgram> programs() {
        return List.of(g4LoireSud(), steRoanne(), hclVienne(), lille(), sudHautMarnais());
    }

    /** CH du Gier and CH de Firminy are close to the CHU (about 12 km); CH du Forez is 30 to 40 km away. */
    private static ConventionProgram g4LoireSud() {
        List<Finess> chu = List.of(CHU_SAINT_ETIENNE_HOPITAL_NORD, CHU_SAINT_ETIENNE_BELLEVUE);
        List<Finess> forez = List.of(CH_FOREZ_MONTBRISON, CH_FOREZ_FEURS);
        List<ConventionFlow> flows = List.of(
                new ConventionFlow(chu, List.of(CH_GIER),
                        List.of(CARDIOLOGY, NEUROLOGY, GASTROENTEROLOGY, MEDICAL_ONCOLOGY, UROLOGY), 8),
                new ConventionFlow(chu, List.of(CH_FIRMINY), List.of(CARDIOLOGY, NEPHROLOGY, NEUROLOGY, ORTHOPAEDIC_SURGERY, UROLOGY), 7),
                new ConventionFlow(chu, forez, List.of(CARDIOLOGY, PNEUMOLOGY, GASTROENTEROLOGY, PAEDIATRICS, MEDICAL_ONCOLOGY,
                        PHYSICAL_MEDICINE_REHABILITATION, OPHTHALMOLOGY), 10),
                new ConventionFlow(List.of(CH_GIER, CH_FIRMINY, CH_FOREZ_MONTBRISON), List.of(CHU_SAINT_ETIENNE_HOPITAL_NORD),
                        List.of(ANAESTHESIA_INTENSIVE_CARE, OBSTETRICS_GYNAECOLOGY), 4),
                new ConventionFlow(forez, List.of(CH_FIRMINY), List.of(GERIATRICS, PSYCHIATRY), 2));
        OverbookedPractitioner cardiologist = new OverbookedPractitioner(CHU_SAINT_ETIENNE_HOPITAL_NORD,
                List.of(CH_GIER, CH_FIRMINY, CH_FOREZ_MONTBRISON),
                List.of(BigDecimal.valueOf(4), BigDecimal.valueOf(4), BigDecimal.valueOf(3)), CARDIOLOGY);
        return new ConventionProgram(G4_LOIRE_SUD, "G4", 2016, flows, Set.of(), FateMix.typical(31), Optional.of(cardiologist));
    }

    /** The 2015 accord: mostly CHU practitioners going to Roanne, a few the other way. */
    private static ConventionProgram steRoanne() {
        List<ConventionFlow> flows = List.of(
                new ConventionFlow(List.of(CHU_SAINT_ETIENNE_HOPITAL_NORD, CHU_SAINT_ETIENNE_BELLEVUE), List.of(CH_ROANNE),
                        STE_ROANNE_SPECIALTIES, 26),
                new ConventionFlow(List.of(CH_ROANNE), List.of(CHU_SAINT_ETIENNE_HOPITAL_NORD),
                        List.of(PAEDIATRICS, CARDIOLOGY, NEPHROLOGY, ANAESTHESIA_INTENSIVE_CARE), 4));
        return new ConventionProgram(STE_ROANNE, "STR", 2015, flows, Set.of(), FateMix.typical(30), Optional.empty());
    }

    /** The 2011 conventions, in vacations, consultations avancées and télé-expertise only. */
    private static ConventionProgram hclVienne() {
        List<Finess> vienne = List.of(CH_VIENNE);
        List<ConventionFlow> flows = List.of(
                new ConventionFlow(List.of(HCL_FEMME_MERE_ENFANT), vienne, List.of(OBSTETRICS_GYNAECOLOGY, PAEDIATRIC_EMERGENCIES), 7),
                new ConventionFlow(List.of(HCL_LYON_SUD), vienne,
                        List.of(VISCERAL_SURGERY, ORTHOPAEDIC_SURGERY, PNEUMO_ONCOLOGY, SPECIALISED_BIOLOGY), 9),
                new ConventionFlow(List.of(HCL_EDOUARD_HERRIOT), vienne, List.of(VASCULAR_SURGERY, ENT, OPHTHALMOLOGY, TELE_IMAGING), 8),
                new ConventionFlow(List.of(HCL), vienne, List.of(ANAESTHESIA_INTENSIVE_CARE, TELE_IMAGING, SPECIALISED_BIOLOGY), 5),
                new ConventionFlow(vienne, List.of(HCL_LYON_SUD), List.of(ANAESTHESIA_INTENSIVE_CARE, OBSTETRICS_GYNAECOLOGY), 3));
        Set<SharingMode> modes = Set.of(SharingMode.VACATION, SharingMode.CONSULTATION_AVANCEE, SharingMode.TELEEXPERTISE);
        return new ConventionProgram(HCL_VIENNE, "HCL", 2011, flows, modes, FateMix.typical(32), Optional.empty());
    }

    /** Exactly 129 + 78 conventions, all signed and running at the end of the window, a few to renew soon. */
    private static ConventionProgram lille() {
        List<Specialty> all = List.of(Specialty.values());
        List<ConventionFlow> flows = List.of(
                new ConventionFlow(LILLE_PARTNER_HOSPITALS, CHRU_LILLE_NUMBERS, all, LILLE_CONVENTIONS_HOSTED_BY_CHRU),
                new ConventionFlow(CHRU_LILLE_NUMBERS, LILLE_PARTNER_HOSPITALS, all, LILLE_CONVENTIONS_FROM_CHRU));
        int total = LILLE_CONVENTIONS_HOSTED_BY_CHRU + LILLE_CONVENTIONS_FROM_CHRU;
        return new ConventionProgram(LILLE, "LIL", 2016, flows, Set.of(), FateMix.allInForce(total, 7, 20), Optional.empty());
    }

    /** Chaumont as support, the CHU de Dijon as recourse, two private clinics as partners. */
    private static ConventionProgram sudHautMarnais() {
        List<ConventionFlow> flows = List.of(
                new ConventionFlow(List.of(CH_CHAUMONT), List.of(CH_LANGRES),
                        List.of(CARDIOLOGY, GASTROENTEROLOGY, PNEUMOLOGY, GERIATRICS, ANAESTHESIA_INTENSIVE_CARE), 8),
                new ConventionFlow(List.of(CH_CHAUMONT), List.of(CH_BOURBONNE),
                        List.of(PHYSICAL_MEDICINE_REHABILITATION, GERIATRICS, CARDIOLOGY), 4),
                new ConventionFlow(List.of(CHU_DIJON_BOCAGE), List.of(CH_CHAUMONT),
                        List.of(NEUROLOGY, MEDICAL_ONCOLOGY, NEPHROLOGY, VASCULAR_SURGERY, TELE_IMAGING), 7),
                new ConventionFlow(List.of(CHU_DIJON_BOCAGE), List.of(CH_LANGRES), List.of(CARDIOLOGY, OPHTHALMOLOGY), 2),
                new ConventionFlow(List.of(CH_CHAUMONT), List.of(CMC_CHAUMONT), List.of(ANAESTHESIA_INTENSIVE_CARE, UROLOGY), 2),
                new ConventionFlow(List.of(CH_LANGRES), List.of(CLINIQUE_COMPASSION), List.of(PHYSICAL_MEDICINE_REHABILITATION), 1));
        return new ConventionProgram(SUD_HAUT_MARNAIS, "SHM", 2017, flows, Set.of(), FateMix.typical(24), Optional.empty());
    }
}
