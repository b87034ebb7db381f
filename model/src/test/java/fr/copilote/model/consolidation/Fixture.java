package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.convention.Convention;
import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.convention.ConventionStatus;
import fr.copilote.model.convention.Rpps;
import fr.copilote.model.convention.SharingMode;
import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.GeoPoint;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.pet.PetEstimator;
import fr.copilote.model.pathway.HeadlineUnits;
import fr.copilote.model.pet.PetScales;
import fr.copilote.model.territory.Membership;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A small territory whose every figure is computed by hand in {@link TerritoryConsolidatorTest}.
 *
 * <pre>
 * TEST territory, business date 30/06/2024, activity known up to May 2024 (June missing: lag)
 *   A  CHU        legal entity 420784878, sites 420782559 (Saint-Étienne 45.43,4.39) and 420785354 (Nord 45.47,4.37);
 *                 listed twice, as entity (SUPPORT) and as site (MEMBER): one member, SUPPORT
 *   B  CH Roanne  420780033, site 420000010 (46.04,4.07)   MEMBER   — 72.23 km from A's site, 67.52 km from Nord
 *   C  CH Gier    420002495, site 420780637 (45.47,4.51)   MEMBER   — 10.36 km from A's site
 *   P  clinic     420011405, site 420011413 (45.43,4.40)   PARTNER  — shown beside the totals
 *   E  HCL        690781810, site 690783154 (45.76,4.84)   outside  — 50.72 km from A's site
 * </pre>
 */
final class Fixture {

    static final LocalDate BUSINESS_DATE = LocalDate.of(2024, 6, 30);
    static final ReportingCalendar CALENDAR = new ReportingCalendar(BUSINESS_DATE, Period.of(2024, 5));

    static final Finess A = new Finess("420784878");
    static final Finess A_SITE = new Finess("420782559");
    static final Finess A_NORD = new Finess("420785354");
    static final Finess B = new Finess("420780033");
    static final Finess B_SITE = new Finess("420000010");
    static final Finess C = new Finess("420002495");
    static final Finess C_SITE = new Finess("420780637");
    static final Finess P = new Finess("420011405");
    static final Finess P_SITE = new Finess("420011413");
    static final Finess E = new Finess("690781810");
    static final Finess E_SITE = new Finess("690783154");

    static final EstablishmentDirectory DIRECTORY = new EstablishmentDirectory(2023, List.of(
            site(A_SITE, A, "HOPITAL DE BELLEVUE - CHU42", 45.43, 4.39),
            site(A_NORD, A, "HOPITAL NORD - CHU42", 45.47, 4.37),
            site(B_SITE, B, "CH DE ROANNE", 46.04, 4.07),
            site(C_SITE, C, "CH DU GIER - MCO", 45.47, 4.51),
            site(P_SITE, P, "HOPITAL PRIVE DE LA LOIRE", 45.43, 4.40),
            site(E_SITE, E, "HOPITAL EDOUARD HERRIOT - HCL", 45.76, 4.84)),
            Map.of(A, "CHU DE SAINT-ETIENNE", B, "CH DE ROANNE", C, "CH DU GIER", P, "HOPITAL PRIVE DE LA LOIRE",
                    E, "HOSPICES CIVILS DE LYON"));

    static final TerritoryCode CODE = new TerritoryCode("TEST");
    static final TerritoryPerimeter PERIMETER = TerritoryPerimeter.fromMemberships(CODE, "Territoire d'essai", List.of(
            membership(A, MembershipRole.SUPPORT), membership(A_SITE, MembershipRole.MEMBER),
            membership(B_SITE, MembershipRole.MEMBER), membership(C, MembershipRole.MEMBER),
            membership(P_SITE, MembershipRole.PARTNER)), DIRECTORY, false);

    static final Rpps R1 = rpps("1000000001");
    static final Rpps R2 = rpps("1000000002");
    static final Rpps R3 = rpps("1000000003");
    static final Rpps R4 = rpps("1000000004");
    static final Rpps R5 = rpps("1000000005");
    static final Rpps R6 = rpps("1000000006");
    static final Rpps R7 = rpps("1000000007");

    /**
     * C1 A→B consultation avancée, 2 half-days (0.2 FTE), since 01/01/2024, 20 000 €/year, R1
     * C2 B→A(Nord) vacation, 1 half-day (0.1), 11/05/2024–31/12/2024, 10 950 €/year, R2
     * C3 A→C poste partagé, 4 half-days (0.4), since 01/01/2023, 40 000 €/year, R1 (10 km: no PET)
     * C4 A→E télé-expertise, 1 half-day (0.1), 01/01/2022–31/07/2024, 9 125 €/year, R3 (to renew: 31 days left)
     * C5 E→A vacation, 2 half-days (0.2), since 01/09/2023, 18 250 €/year, R4 (employed outside)
     * C6 A→B in project; C7 B→A terminated
     * C8 P→B vacation, 1 half-day (0.1), since 01/01/2024, 5 000 €/year, R7 (employed by the partner)
     */
    static final List<EntityConvention> CONVENTIONS = List.of(
            convention("C1", A_SITE, B_SITE, R1, SharingMode.CONSULTATION_AVANCEE, "2", "2024-01-01", null, "20000", ConventionStatus.SIGNEE),
            convention("C2", B_SITE, A_NORD, R2, SharingMode.VACATION, "1", "2024-05-11", "2024-12-31", "10950", ConventionStatus.SIGNEE),
            convention("C3", A_SITE, C_SITE, R1, SharingMode.POSTE_PARTAGE, "4", "2023-01-01", null, "40000", ConventionStatus.SIGNEE),
            convention("C4", A_SITE, E_SITE, R3, SharingMode.TELEEXPERTISE, "1", "2022-01-01", "2024-07-31", "9125", ConventionStatus.SIGNEE),
            convention("C5", E_SITE, A_SITE, R4, SharingMode.VACATION, "2", "2023-09-01", null, "18250", ConventionStatus.SIGNEE),
            convention("C6", A_SITE, B_SITE, R5, SharingMode.VACATION, "1", "2024-09-01", null, "10000", ConventionStatus.EN_PROJET),
            convention("C7", B_SITE, A_SITE, R6, SharingMode.VACATION, "1", "2021-01-01", null, "10000", ConventionStatus.RESILIEE),
            convention("C8", P_SITE, B_SITE, R7, SharingMode.VACATION, "1", "2024-01-01", null, "5000", ConventionStatus.SIGNEE));

    private Fixture() {
    }

    static ConsolidationInputs inputs() {
        return inputs(Fixture::medicine, Set.of(A, B, C));
    }

    /** The same territory, conventions and SAE figures with other activity, and A, B, C... public as given. */
    static ConsolidationInputs inputs(Consumer<ActivityPass> feed, Set<Finess> publicEntities) {
        ActivityPass activity = new ActivityPass(CALENDAR, List.of(PERIMETER));
        feed.accept(activity);
        return new ConsolidationInputs(CALENDAR, CONVENTIONS, activity.ledger(), activity.flows(), activity.underConventions(),
                activity.series(), Map.of(A, new BigDecimal("100"), B, new BigDecimal("50")),
                new OfficialFigures(2023, Map.of(fr.copilote.model.indicator.Indicator.SAE_MCO_BEDS,
                        Map.of(A, new BigDecimal("1800"), B, new BigDecimal("600"), P, new BigDecimal("90")))),
                new PetEstimator(PetScales.regulatoryDefaults(), DIRECTORY::positionOf), HeadlineUnits.defaults(), publicEntities);
    }

    private static void medicine(ActivityPass activity) {
        // A: May 2024 100 stays (400 000 € / 350 000 €), 80 of TEST's residents and 20 from elsewhere, and 500 days;
        // April 2024 80 stays; May 2023 90 stays.
        activity.accept(group(A, ActivityType.SEJOUR_HC, 2024, 5, "TEST", null, 80, "320000", "280000"));
        activity.accept(group(A, ActivityType.SEJOUR_HC, 2024, 5, "AUTRE", null, 20, "80000", "70000"));
        activity.accept(group(A, ActivityType.JOURNEE, 2024, 5, null, null, 500, "0", "0"));
        activity.accept(group(A, ActivityType.SEJOUR_HC, 2024, 4, null, null, 80, "320000", "300000"));
        activity.accept(group(A, ActivityType.SEJOUR_HC, 2023, 5, null, null, 90, "360000", "330000"));
        // B: May 2024 50 stays of residents, at a loss, no May 2023 at all (the missing N-1 month); 120 consultations
        // in May 2024, 30 of them under C1, the consultation avancée from A.
        activity.accept(group(B, ActivityType.SEJOUR_HC, 2024, 5, "TEST", null, 50, "200000", "210000"));
        activity.accept(group(B, ActivityType.CONSULTATION, 2024, 5, null, null, 90, "2700", "2250"));
        activity.accept(group(B, ActivityType.CONSULTATION, 2024, 5, null, "C1", 30, "900", "750"));
        // P, a partner: 40 stays that never enter the territory's totals, 10 of them for TEST's residents.
        activity.accept(group(P, ActivityType.SEJOUR_HC, 2024, 5, "TEST", null, 10, "40000", "30000"));
        activity.accept(group(P, ActivityType.SEJOUR_HC, 2024, 5, null, null, 30, "120000", "90000"));
        // C, in the territory: 10 rehabilitation stays in May 2024 — the only activity outside medicine.
        activity.accept(new ActivityGroup(C, CarePathway.SSR, ActivityType.SEJOUR_HC, Period.of(2024, 5), null, null, 10,
                new BigDecimal("30000"), new BigDecimal("25000")));
        // E, outside the territory, treats 30 of TEST's residents.
        activity.accept(group(E, ActivityType.SEJOUR_HC, 2024, 5, "TEST", null, 30, "120000", "100000"));
    }

    /** One month of one entity's activity in a pathway, no patients' territory, no revenue. */
    static ActivityGroup volume(Finess entity, CarePathway pathway, ActivityType type, int year, int month, String convention,
                                long volume) {
        return new ActivityGroup(entity, pathway, type, Period.of(year, month), null,
                convention == null ? null : new ConventionId(convention), volume, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static ActivityGroup group(Finess entity, ActivityType type, int year, int month, String patientTerritory,
                                       String convention, long volume, String revenue, String cost) {
        return new ActivityGroup(entity, CarePathway.MEDECINE, type, Period.of(year, month), patientTerritory,
                convention == null ? null : new ConventionId(convention), volume, new BigDecimal(revenue), new BigDecimal(cost));
    }

    private static Establishment site(Finess site, Finess entity, String name, double lat, double lon) {
        return new Establishment(site, entity, name, "355", site.departementPrefix(), null, new GeoPoint(lat, lon));
    }

    private static Membership membership(Finess finess, MembershipRole role) {
        return new Membership(CODE, "Territoire d'essai", finess, role);
    }

    private static Rpps rpps(String tenDigits) {
        return new Rpps(tenDigits + fr.copilote.model.common.Luhn.keyFor(tenDigits));
    }

    private static EntityConvention convention(String id, Finess origin, Finess host, Rpps practitioner, SharingMode mode,
                                               String halfDays, String start, String end, String refund, ConventionStatus status) {
        Convention convention = new Convention(new ConventionId(id), origin, host, practitioner, "Cardiologie", CarePathway.MEDECINE,
                mode, new BigDecimal(halfDays), LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                new BigDecimal(refund), status);
        return new EntityConvention(convention, DIRECTORY.legalEntityOf(origin).orElseThrow(), DIRECTORY.legalEntityOf(host).orElseThrow());
    }
}
