package fr.copilote.model.generator;

import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.GeoPoint;
import fr.copilote.model.territory.Membership;
import fr.copilote.model.territory.TerritoryCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** The bundled sample: the five real cooperations, their activity anchored on each establishment's SAE 2023 figures. */
final class BundledScenario {

    private BundledScenario() {
    }

    static Scenario build(GeneratorSettings settings) {
        RealDataFolder folder = RealDataFolder.require(settings.realData(), "Le jeu d'exemple");
        EstablishmentDirectory directory = RealDirectory.load(folder);
        List<Membership> memberships = BundledCooperations.memberships();
        List<ConventionProgram> programs = BundledCooperations.programs();
        requireInDirectory(directory, memberships, programs, folder);
        UnaryOperator<Finess> legalEntityOf = finess -> directory.legalEntityOf(finess).orElse(finess);
        List<PlannedConvention> conventions = new ConventionDrafter(settings.seed(), settings.lastMonth().atEndOfMonth(),
                legalEntityOf).draft(programs);
        SaeActivityFigures figures = SaeActivityFigures.read(folder);
        List<ActivityProfile> profiles = ActivityProfiles.of(settings.seed(), memberships,
                finess -> figures.of(finess, directory), finess -> categoryOf(finess, directory));
        SortedSet<Finess> entities = InvolvedLegalEntities.of(memberships, conventions, legalEntityOf);
        return new Scenario(memberships, conventions, profiles, patientOrigins(memberships, directory),
                new RealDirectorySubset(folder, entities));
    }

    /** Patients come from home, the other four territories (the nearer the more) or an unknown place. */
    private static PatientOrigins patientOrigins(List<Membership> memberships, EstablishmentDirectory directory) {
        Map<TerritoryCode, List<GeoPoint>> positions = new TreeMap<>();
        memberships.forEach(membership -> directory.positionOf(membership.finess()).ifPresent(position ->
                positions.computeIfAbsent(membership.territory(), code -> new ArrayList<>()).add(position)));
        Map<TerritoryCode, GeoPoint> centres = new TreeMap<>();
        positions.forEach((code, points) -> centres.put(code, new GeoPoint(
                points.stream().mapToDouble(GeoPoint::latitude).average().orElseThrow(),
                points.stream().mapToDouble(GeoPoint::longitude).average().orElseThrow())));
        return new PatientOrigins(TerritoryNeighbours.of(centres, BundledCooperations.TERRITORY_COUNT - 1));
    }

    private static void requireInDirectory(EstablishmentDirectory directory, List<Membership> memberships,
                                           List<ConventionProgram> programs, RealDataFolder folder) {
        SortedSet<Finess> named = new TreeSet<>();
        memberships.forEach(membership -> named.add(membership.finess()));
        for (ConventionProgram program : programs) {
            program.flows().forEach(flow -> {
                named.addAll(flow.origins());
                named.addAll(flow.hosts());
            });
        }
        for (Finess finess : named) {
            if (!directory.contains(finess)) {
                throw new MissingRealDataException("Le numéro FINESS " + finess + " du jeu d'exemple est absent de "
                        + folder.file(RealDataFolder.SITES).toAbsolutePath() + " : ce fichier n'est pas la base SAE 2023 attendue.");
            }
        }
    }

    private static String categoryOf(Finess finess, EstablishmentDirectory directory) {
        return directory.site(finess).or(() -> directory.sitesOf(finess).stream().findFirst())
                .map(Establishment::category).orElse(null);
    }
}
