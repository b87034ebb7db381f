package fr.copilote.model.generator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Plausible French commune names for synthetic establishments ("Beaumont-sur-Loire", "Vaux-en-Morvan"), all
 * different until the combinations run out, then told apart by a compass point. Letters stay within
 * ISO-8859-1, the encoding of the SAE files.
 */
final class CommuneNames {

    private static final List<String> TOWNS = List.of("Beaumont", "Villeneuve", "Montfort", "Châteauneuf", "Belleville",
            "Fontaine", "Clermont", "Rochefort", "Mirebeau", "Saint-Martin", "Saint-Julien", "Saint-Laurent", "Sainte-Marie",
            "Montreuil", "Bourg", "Pont", "Neuville", "Vaux", "Mortagne", "Aubigny", "Coulanges", "Brienne", "Vitry",
            "Marcilly", "Saint-Amand", "Saint-Pierre", "Châteaurenard", "Fresnes", "Champigny", "Orval");
    private static final List<String> RIVERS = List.of("Loire", "Seine", "Marne", "Saône", "Garonne", "Dordogne", "Vienne",
            "Oise", "Meuse", "Moselle", "Charente", "Lot", "Tarn", "Isère", "Sarthe", "Mayenne", "Cher", "Indre", "Yonne",
            "Aube", "Allier", "Vilaine", "Orne", "Somme", "Aisne", "Aude", "Creuse", "Durance");
    private static final List<String> COUNTRIES = List.of("Auxois", "Bresse", "Forez", "Vexin", "Argonne", "Brie", "Morvan",
            "Quercy", "Périgord", "Velay", "Bugey", "Beauce", "Sologne", "Berry", "Artois", "Gâtinais", "Royans", "Vercors",
            "Bocage", "Perche");
    private static final List<String> COMPASS = List.of("Nord", "Sud", "Est", "Ouest");

    private final List<String> names;
    private int used;

    CommuneNames(SplittableRandom rng) {
        List<String> all = new ArrayList<>(TOWNS);
        for (String town : TOWNS) {
            RIVERS.forEach(river -> all.add(town + "-sur-" + river));
            COUNTRIES.forEach(country -> all.add(town + "-en-" + country));
        }
        this.names = Draws.shuffled(rng, all);
    }

    String next() {
        String name = names.get(used % names.size());
        int round = used / names.size();
        used++;
        if (round == 0) {
            return name;
        }
        return name + "-" + COMPASS.get((round - 1) % COMPASS.size()) + (round > COMPASS.size() ? "-" + round : "");
    }

    /** "CH de Beaumont", "CH d'Aubigny": French elides « de » before a vowel. */
    static String institution(String kind, String commune) {
        char first = Normalizer.normalize(commune, Normalizer.Form.NFD).charAt(0);
        return kind + ("AEIOUY".indexOf(first) >= 0 ? " d'" : " de ") + commune;
    }

    /** The SAE writes communes in capitals, without accents or hyphens ({@code NOMCOM}). */
    static String asSaeCommune(String commune) {
        return Normalizer.normalize(commune, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replace('-', ' ').replace('\'', ' ');
    }
}
