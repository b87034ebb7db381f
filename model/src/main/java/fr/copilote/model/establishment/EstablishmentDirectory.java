package fr.copilote.model.establishment;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sites of one directory year, indexed for the two questions every rule asks: does this FINESS exist,
 * and which legal entity does it roll up to.
 */
public final class EstablishmentDirectory {

    private final int year;
    private final Map<Finess, Establishment> sites;
    private final Map<Finess, List<Establishment>> sitesByLegalEntity;
    private final Map<Finess, String> legalEntityNames;

    public EstablishmentDirectory(int year, Collection<Establishment> sites, Map<Finess, String> legalEntityNames) {
        this.year = year;
        Map<Finess, Establishment> bySite = new HashMap<>();
        // Hash maps: these lookups run once per imported row.
        Map<Finess, List<Establishment>> byEntity = new HashMap<>();
        for (Establishment site : sites) {
            bySite.put(site.finess(), site);
            byEntity.computeIfAbsent(site.legalEntity(), k -> new java.util.ArrayList<>()).add(site);
        }
        byEntity.values().forEach(list -> list.sort(Comparator.comparing(Establishment::finess)));
        this.sites = Collections.unmodifiableMap(bySite);
        this.sitesByLegalEntity = Collections.unmodifiableMap(byEntity);
        this.legalEntityNames = Map.copyOf(legalEntityNames);
    }

    public int year() {
        return year;
    }

    public int siteCount() {
        return sites.size();
    }

    public int legalEntityCount() {
        return sitesByLegalEntity.size();
    }

    /** True when the number is a site or a legal entity of this directory. */
    public boolean contains(Finess finess) {
        return sites.containsKey(finess) || sitesByLegalEntity.containsKey(finess);
    }

    public Optional<Establishment> site(Finess finess) {
        return Optional.ofNullable(sites.get(finess));
    }

    /** The legal entity a number rolls up to: itself when it is one, its entity when it is a site. */
    public Optional<Finess> legalEntityOf(Finess finess) {
        if (sitesByLegalEntity.containsKey(finess)) {
            return Optional.of(finess);
        }
        return site(finess).map(Establishment::legalEntity);
    }

    public List<Establishment> sitesOf(Finess legalEntity) {
        return sitesByLegalEntity.getOrDefault(legalEntity, List.of());
    }

    /**
     * The name to show for a legal entity: the SAE legal-entity name when the {@code ST} base was loaded, otherwise that
     * of the entity's own row of the {@code ID} base (a site bearing its number), otherwise that of its only site.
     * An entity of several sites with neither is not given one of its sites' names — a CHU would read « SERVICE
     * NEUROCHIRURGIE »: it is named for what it is, « Entité juridique 420784878 — sites : HOPITAL NORD - CHU42 et 4
     * autres », and {@link #hasOwnName} tells it apart.
     */
    public String legalEntityName(Finess legalEntity) {
        String name = legalEntityNames.get(legalEntity);
        if (name != null) {
            return name;
        }
        Establishment sameNumber = sites.get(legalEntity);
        if (sameNumber != null) {
            return sameNumber.name();
        }
        List<Establishment> entitySites = sitesOf(legalEntity);
        if (entitySites.isEmpty()) {
            return legalEntity.value();
        }
        if (entitySites.size() == 1) {
            return entitySites.get(0).name();
        }
        Establishment shown = entitySites.stream()
                .filter(site -> site.finess().departementPrefix().equals(legalEntity.departementPrefix())).findFirst()
                .orElse(entitySites.get(0));
        int others = entitySites.size() - 1;
        return "Entité juridique " + legalEntity.value() + " — sites : " + shown.name() + " et " + others + " autre" + (others > 1 ? "s" : "");
    }

    /**
     * Whether the entity's name is its own — from the {@code ST} base, its own row of the {@code ID} base, or the row of
     * its only site — rather than made up from several sites: what the workbooks flag.
     */
    public boolean hasOwnName(Finess legalEntity) {
        return legalEntityNames.containsKey(legalEntity) || sites.containsKey(legalEntity) || sitesOf(legalEntity).size() == 1;
    }

    /** The names read from the {@code ST} base. */
    public Map<Finess, String> officialNames() {
        return legalEntityNames;
    }

    /**
     * Where a number is on the map: the site's own position; for a legal entity, the position of the site
     * bearing its number, else of its first located site in the entity's own département — an entity's
     * remote services (a CHU's unit in another département) must not move it.
     */
    public Optional<GeoPoint> positionOf(Finess finess) {
        Establishment site = sites.get(finess);
        if (site != null && site.location() != null) {
            return site.position();
        }
        List<Establishment> located = sitesOf(finess).stream().filter(s -> s.location() != null).toList();
        return located.stream()
                .filter(s -> s.finess().departementPrefix().equals(finess.departementPrefix()))
                .findFirst()
                .or(() -> located.stream().findFirst())
                .map(Establishment::location);
    }
}
