package fr.copilote.model.generator;

import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Picks real establishments for a national-scale data set: one located metropolitan site per legal entity
 * (its busiest), drawn at random, grouped into territories by département. The support is each group's
 * busiest site; private clinics (SAE category 365) are partners.
 */
final class RealSites {

    private RealSites() {
    }

    static SiteSelection pick(GeneratorSettings settings, RealDataFolder folder) {
        List<Establishment> sites = RealDirectory.sites(folder);
        EstablishmentDirectory directory = new EstablishmentDirectory(DirectoryFiles.YEAR, sites, Map.of());
        SaeActivityFigures figures = SaeActivityFigures.read(folder);
        Map<Finess, AnnualFigures> known = new TreeMap<>();
        Map<Finess, Establishment> busiestByEntity = new TreeMap<>();
        for (Establishment site : sites) {
            if (site.location() == null || !isMetropolitan(site)) {
                continue;
            }
            known.put(site.finess(), figures.of(site.finess(), directory));
            busiestByEntity.merge(site.legalEntity(), site, (kept, candidate) ->
                    size(known.get(candidate.finess())) > size(known.get(kept.finess())) ? candidate : kept);
        }
        List<Establishment> candidates = new ArrayList<>(busiestByEntity.values());
        if (candidates.size() < settings.establishments()) {
            throw new IllegalArgumentException("Paramètres du générateur invalides : " + settings.establishments()
                    + " établissements demandés, mais les données réelles n'en localisent que " + candidates.size()
                    + " (un site par entité juridique, en métropole).");
        }
        SplittableRandom rng = Seeds.of(settings.seed(), "etablissements-reels");
        List<Establishment> chosen = new ArrayList<>(Draws.shuffled(rng, candidates).subList(0, settings.establishments()));
        chosen.sort(Comparator.comparing(Establishment::departement).thenComparing(Establishment::finess));
        double[] equal = new double[settings.territories()];
        Arrays.fill(equal, 1);
        int[] sizes = Apportionment.split(chosen.size(), equal);
        List<TerritoryDraft> territories = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < sizes.length; i++) {
            List<Establishment> group = chosen.subList(from, from + sizes[i]);
            territories.add(territory(i, group, known));
            from += sizes[i];
        }
        Map<Finess, AnnualFigures> chosenFigures = new TreeMap<>();
        chosen.forEach(site -> {
            if (!known.get(site.finess()).isEmpty()) {
                chosenFigures.put(site.finess(), known.get(site.finess()));
            }
        });
        List<Finess> entities = chosen.stream().map(Establishment::legalEntity).toList();
        return new SiteSelection(territories, chosenFigures, new RealDirectorySubset(folder, entities));
    }

    private static TerritoryDraft territory(int index, List<Establishment> group, Map<Finess, AnnualFigures> known) {
        Establishment support = group.stream()
                .max(Comparator.comparingDouble((Establishment site) -> size(known.get(site.finess())))
                        .thenComparing(Establishment::finess, Comparator.reverseOrder()))
                .orElseThrow();
        List<DraftMember> members = new ArrayList<>();
        members.add(new DraftMember(support, MembershipRole.SUPPORT));
        for (Establishment site : group) {
            if (!site.equals(support)) {
                boolean clinic = SyntheticFigures.CATEGORY_CLINIC.equals(site.category());
                members.add(new DraftMember(site, clinic ? MembershipRole.PARTNER : MembershipRole.MEMBER));
            }
        }
        return new TerritoryDraft(TerritoryCode.of(String.format(Locale.ROOT, "GHT-%03d", index + 1)), "GHT " + support.commune(),
                members);
    }

    private static double size(AnnualFigures figures) {
        return figures == null ? 0 : figures.fullStays() + figures.partialStays() + figures.emergencyVisits() + figures.rehabStays();
    }

    private static boolean isMetropolitan(Establishment site) {
        String prefix = site.finess().departementPrefix();
        return !prefix.equals("97") && !prefix.equals("98");
    }
}
