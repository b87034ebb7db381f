package fr.copilote.model.generator;

import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SAE 2023 yearly figures of every site: MCO stays, days and séances, emergency visits, births and SSR
 * days and stays, each table summed over its rows for the site.
 */
final class SaeActivityFigures {

    /** The SSR base has one row per age group and a total row; the total is used when present. */
    private static final String SSR_TOTAL = "SSR_TOT";

    private final Map<String, AnnualFigures> bySite = new TreeMap<>();

    private SaeActivityFigures() {
    }

    static SaeActivityFigures read(RealDataFolder folder) {
        SaeActivityFigures figures = new SaeActivityFigures();
        PublishedTable.readSae(folder.file(RealDataFolder.MCO), row -> figures.add(row.text("FI"), new AnnualFigures(
                row.number("SEJHC_MCO"), row.number("JOU_MCO"), row.number("SEJHP_MCO"), row.number("SEA_MCO"), 0, 0, 0, 0)));
        PublishedTable.readSae(folder.file(RealDataFolder.EMERGENCIES), row -> figures.add(row.text("FI"),
                new AnnualFigures(0, 0, 0, 0, row.number("PASSU"), 0, 0, 0)));
        PublishedTable.readSae(folder.file(RealDataFolder.PERINATAL), row -> {
            double births = row.text("ENFANTS").isEmpty() ? row.number("ACCUN") + row.number("ACCMU") : row.number("ENFANTS");
            figures.add(row.text("FI"), new AnnualFigures(0, 0, 0, 0, 0, births, 0, 0));
        });
        figures.addRehabilitation(folder);
        return figures;
    }

    private void addRehabilitation(RealDataFolder folder) {
        Map<String, AnnualFigures> totals = new TreeMap<>();
        Map<String, AnnualFigures> byActivity = new TreeMap<>();
        PublishedTable.readSae(folder.file(RealDataFolder.REHABILITATION), row -> {
            String group = row.text("GDE");
            AnnualFigures rehab = new AnnualFigures(0, 0, 0, 0, 0, 0, row.number("JOUHC"), row.number("SEJHC"));
            if (group.equals(SSR_TOTAL)) {
                totals.merge(row.text("FI"), rehab, AnnualFigures::plus);
            } else if (group.equals("SSR_A") || group.equals("SSR_E")) {
                byActivity.merge(row.text("FI"), rehab, AnnualFigures::plus);
            }
        });
        byActivity.forEach(totals::putIfAbsent);
        totals.forEach(this::add);
    }

    private void add(String site, AnnualFigures figures) {
        bySite.merge(site, figures, AnnualFigures::plus);
    }

    /**
     * For a legal entity, the sum over its sites (including a site that bears the entity's own number);
     * for a site, its own figures.
     */
    AnnualFigures of(Finess finess, EstablishmentDirectory directory) {
        if (directory.sitesOf(finess).isEmpty()) {
            return bySite.getOrDefault(finess.value(), AnnualFigures.NONE);
        }
        AnnualFigures sum = AnnualFigures.NONE;
        for (Establishment site : directory.sitesOf(finess)) {
            sum = sum.plus(bySite.getOrDefault(site.finess().value(), AnnualFigures.NONE));
        }
        return sum;
    }
}
