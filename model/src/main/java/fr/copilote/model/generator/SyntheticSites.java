package fr.copilote.model.generator;

import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.LegalStatus;
import fr.copilote.model.establishment.GeoPoint;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Invents the establishments of a national-scale data set: territories of uneven size spread over
 * metropolitan France, each with a support (a CHU one time in four, else a general hospital), general and
 * local hospitals as members, about one private clinic in ten as partner. Now and then two neighbouring
 * hospitals are two sites of one legal entity, as after a merger.
 */
final class SyntheticSites {

    private static final double PARTNER_SHARE = 0.10;
    private static final double LOCAL_HOSPITAL_SHARE = 0.15;
    private static final double MERGER_CHANCE = 0.10;

    private final SplittableRandom rng;
    private final SyntheticFiness finessNumbers;
    private final CommuneNames communes;
    private final List<Establishment> sites = new ArrayList<>();
    private final Map<Finess, String> legalEntityNames = new TreeMap<>();

    private SyntheticSites(long seed) {
        this.rng = Seeds.of(seed, "etablissements");
        this.finessNumbers = new SyntheticFiness(Seeds.of(seed, "finess"));
        this.communes = new CommuneNames(Seeds.of(seed, "communes"));
    }

    static SiteSelection draw(GeneratorSettings settings) {
        return new SyntheticSites(settings.seed()).draw(settings.territories(), settings.establishments());
    }

    private SiteSelection draw(int territoryCount, int establishmentCount) {
        double[] weights = new double[territoryCount];
        for (int i = 0; i < territoryCount; i++) {
            weights[i] = Draws.between(rng, 0.5, 2.0);
        }
        int[] extra = Apportionment.split(establishmentCount - 2 * territoryCount, weights);
        List<TerritoryDraft> territories = new ArrayList<>(territoryCount);
        for (int i = 0; i < territoryCount; i++) {
            territories.add(territory(i, 2 + extra[i]));
        }
        return new SiteSelection(territories, Map.of(), new SyntheticDirectoryFiles(sites, legalEntityNames));
    }

    private TerritoryDraft territory(int index, int size) {
        TerritoryCode code = TerritoryCode.of(String.format(Locale.ROOT, "GHT-%03d", index + 1));
        String departement = Draws.pick(rng, SyntheticFiness.DEPARTEMENTS);
        GeoPoint centre = MetropolitanFrance.anywhere(rng);
        List<DraftMember> members = new ArrayList<>(size);
        boolean university = index % 4 == 0;
        members.add(new DraftMember(standalone(university ? "CHU" : "CH", university ? SyntheticFigures.CATEGORY_CHU
                : SyntheticFigures.CATEGORY_CH, departement, centre), MembershipRole.SUPPORT));
        for (int i = 1; i < size; i++) {
            GeoPoint position = MetropolitanFrance.near(centre, rng);
            DraftMember previous = members.get(members.size() - 1);
            if (Draws.chance(rng, PARTNER_SHARE)) {
                String kind = Draws.chance(rng, 0.3) ? "Polyclinique" : "Clinique";
                members.add(new DraftMember(standalone(kind, SyntheticFigures.CATEGORY_CLINIC, departement, position),
                        MembershipRole.PARTNER));
            } else if (previous.role() == MembershipRole.MEMBER && isGeneralHospital(previous.site())
                    && Draws.chance(rng, MERGER_CHANCE)) {
                members.add(new DraftMember(secondSiteOf(previous.site(), departement, position), MembershipRole.MEMBER));
            } else {
                boolean local = Draws.chance(rng, LOCAL_HOSPITAL_SHARE);
                members.add(new DraftMember(standalone(local ? "Hôpital local" : "CH", local
                        ? SyntheticFigures.CATEGORY_LOCAL_HOSPITAL : SyntheticFigures.CATEGORY_CH, departement, position),
                        MembershipRole.MEMBER));
            }
        }
        String supportCommune = members.get(0).site().commune();
        return new TerritoryDraft(code, "GHT " + supportCommune, members);
    }

    /** A site that is its own legal entity, both named after the site's commune. */
    private Establishment standalone(String kind, String category, String departement, GeoPoint position) {
        String commune = communes.next();
        String name = CommuneNames.institution(kind, commune);
        Finess entity = finessNumbers.legalEntity(departement);
        legalEntityNames.put(entity, name);
        LegalStatus status = SyntheticFigures.CATEGORY_CLINIC.equals(category) ? LegalStatus.PRIVATE_FOR_PROFIT : LegalStatus.PUBLIC;
        return add(new Establishment(finessNumbers.site(departement), entity, name, category, departement, commune, position, status));
    }

    /** Merged hospitals: the entity keeps the first one's name, each site says where it is. */
    private Establishment secondSiteOf(Establishment first, String departement, GeoPoint position) {
        String commune = communes.next();
        String name = legalEntityNames.get(first.legalEntity()) + " - site de " + commune;
        return add(new Establishment(finessNumbers.site(departement), first.legalEntity(), name, first.category(),
                departement, commune, position, first.legalStatus()));
    }

    private Establishment add(Establishment site) {
        sites.add(site);
        return site;
    }

    private static boolean isGeneralHospital(Establishment site) {
        return SyntheticFigures.CATEGORY_CH.equals(site.category());
    }
}
