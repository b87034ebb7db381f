package fr.copilote.model.generator;

import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.Membership;
import fr.copilote.model.territory.TerritoryCode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A national-scale data set: synthetic establishments, or real ones when real data are given, with synthetic
 * territories, conventions and activity.
 */
final class NationalScenario {

    /** How many nearby territories patients and cross-territory conventions come from. */
    private static final int NEIGHBOURS = 8;

    private NationalScenario() {
    }

    static Scenario build(GeneratorSettings settings) {
        SiteSelection selection = settings.realData() == null
                ? SyntheticSites.draw(settings)
                : RealSites.pick(settings, RealDataFolder.require(settings.realData(), "Le jeu national à partir d'établissements réels"));
        Map<TerritoryCode, List<TerritoryCode>> neighbours = TerritoryNeighbours.of(selection.territories(), NEIGHBOURS);
        List<Membership> memberships = NationalMemberships.of(selection.territories(), neighbours, settings.seed());
        Map<Finess, Establishment> sites = selection.sites();
        Map<Finess, Finess> legalEntities = new TreeMap<>();
        sites.forEach((finess, site) -> legalEntities.put(finess, site.legalEntity()));
        UnaryOperator<Finess> legalEntityOf = finess -> legalEntities.getOrDefault(finess, finess);
        List<ConventionProgram> programs = NationalConventionPlan.programs(selection.territories(), neighbours, legalEntities,
                settings.conventions(), settings.seed());
        List<PlannedConvention> conventions = new ConventionDrafter(settings.seed(), settings.lastMonth().atEndOfMonth(),
                legalEntityOf).draft(programs);
        List<ActivityProfile> profiles = ActivityProfiles.of(settings.seed(), memberships,
                finess -> selection.knownFigures().getOrDefault(finess, AnnualFigures.NONE),
                finess -> sites.get(finess).category());
        return new Scenario(memberships, conventions, profiles, new PatientOrigins(neighbours), selection.directory());
    }
}
