package fr.copilote.model.generator;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.TerritoryCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Spreads a national-scale number of conventions over territories, in proportion to their size. Within a
 * territory the support mostly sends practitioners to the others (60 %), receives some (25 %), and the
 * others share among themselves (15 %); one convention in ten goes from a support to the nearest territory.
 */
final class NationalConventionPlan {

    private static final double ACROSS_SHARE = 0.10;
    private static final double FROM_SUPPORT_SHARE = 0.60;
    private static final double TO_SUPPORT_SHARE = 0.25;
    private static final int EARLIEST_ACCORD = 2012;
    private static final int LATEST_ACCORD = 2020;

    private NationalConventionPlan() {
    }

    static List<ConventionProgram> programs(List<TerritoryDraft> territories, Map<TerritoryCode, List<TerritoryCode>> neighbours,
                                            Map<Finess, Finess> legalEntities, int conventions, long seed) {
        SplittableRandom rng = Seeds.of(seed, "plan-conventions");
        int across = territories.size() < 2 ? 0 : (int) Math.round(conventions * ACROSS_SHARE);
        double[] sizes = new double[territories.size()];
        double[] reach = new double[territories.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = territories.get(i).others().size();
            reach[i] = Draws.between(rng, 0.5, 1.5);
        }
        int[] within = Apportionment.split(conventions - across, sizes);
        int[] outwards = Apportionment.split(across, reach);
        Map<TerritoryCode, TerritoryDraft> byCode = new TreeMap<>();
        territories.forEach(territory -> byCode.put(territory.code(), territory));
        List<Specialty> specialties = List.of(Specialty.values());
        List<ConventionProgram> programs = new ArrayList<>();
        for (int i = 0; i < territories.size(); i++) {
            TerritoryDraft territory = territories.get(i);
            List<Finess> support = List.of(territory.support());
            List<Finess> others = territory.others();
            int fromSupport = (int) Math.round(within[i] * FROM_SUPPORT_SHARE);
            int toSupport = (int) Math.round(within[i] * TO_SUPPORT_SHARE);
            int between = within[i] - fromSupport - toSupport;
            if (others.stream().map(legalEntities::get).distinct().count() < 2) {
                fromSupport += between;
                between = 0;
            }
            List<ConventionFlow> flows = new ArrayList<>();
            addFlow(flows, support, others, specialties, fromSupport);
            addFlow(flows, others, support, specialties, toSupport);
            addFlow(flows, others, others, specialties, between);
            if (outwards[i] > 0) {
                TerritoryDraft nearest = byCode.get(neighbours.get(territory.code()).get(0));
                List<Finess> hosts = nearest.others().isEmpty() ? List.of(nearest.support()) : nearest.others();
                addFlow(flows, support, hosts, specialties, outwards[i]);
            }
            int total = flows.stream().mapToInt(ConventionFlow::count).sum();
            if (total > 0) {
                programs.add(new ConventionProgram(territory.code(), territory.code().value(),
                        Draws.between(rng, EARLIEST_ACCORD, LATEST_ACCORD), flows, Set.of(), FateMix.typical(total),
                        Optional.empty()));
            }
        }
        return programs;
    }

    private static void addFlow(List<ConventionFlow> flows, List<Finess> origins, List<Finess> hosts,
                                List<Specialty> specialties, int count) {
        if (count > 0) {
            flows.add(new ConventionFlow(origins, hosts, specialties, count));
        }
    }
}
