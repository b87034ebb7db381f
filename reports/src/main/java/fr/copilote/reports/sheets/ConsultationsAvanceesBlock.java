package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.CONSULTATIONS_AVANCEES;
import static fr.copilote.model.indicator.PeriodScope.YEAR_TO_DATE;
import static fr.copilote.model.indicator.PeriodScope.YEAR_TO_DATE_N1;
import static fr.copilote.reports.workbook.SheetWriter.range;

import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.SheetWriter;
import fr.copilote.reports.workbook.WorkbookStyles.Format;
import java.util.TreeSet;

/**
 * The consultations avancées — the outreach clinics most cooperations are built on — per host and per specialty, year
 * to date against N-1. Hosts counted in the territory are totalled; partners are listed apart, outside the total.
 */
final class ConsultationsAvanceesBlock {

    static final String TITLE = "Consultations avancées (cumul de l'année)";

    private final Figures figures;
    private final TerritoryPerimeter perimeter;

    ConsultationsAvanceesBlock(Figures figures, TerritoryPerimeter perimeter) {
        this.figures = figures;
        this.perimeter = perimeter;
    }

    int write(SheetWriter out, int row) {
        out.text(row, 0, TITLE, out.styles().subtitle());
        IndicatorKey total = IndicatorKey.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE);
        if (!hasAny(total)) {
            out.text(row + 1, 0, "Aucune consultation avancée déclarée sur la période (consultations d'activite.csv portant une "
                    + "convention de mode CONSULTATION_AVANCEE)", out.styles().note());
            return row + 2;
        }
        out.headers(row + 1, 0, "Établissement d'accueil", "Consultations", "N-1", "Évolution");
        int r = row + 2;
        int first = r;
        for (TerritoryMember member : perimeter.members()) {
            if (perimeter.countsInTotals(member.entity()) && hasAny(IndicatorKey.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE).entity(member.entity()))) {
                line(out, r++, member.name(), IndicatorKey.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE).entity(member.entity()));
            }
        }
        r = total(out, r, first, "Total des établissements d'accueil comptés");
        for (TerritoryMember member : perimeter.members()) {
            IndicatorKey key = IndicatorKey.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE).entity(member.entity());
            if (!perimeter.countsInTotals(member.entity()) && hasAny(key)) {
                line(out, r++, member.name() + " (partenaire, hors total)", key);
            }
        }
        r++;
        out.headers(r, 0, "Spécialité", "Consultations", "N-1", "Évolution");
        r++;
        first = r;
        TreeSet<String> specialties = new TreeSet<>();
        for (IndicatorValue value : figures.matching(v -> v.indicator() == CONSULTATIONS_AVANCEES && v.entity() == null
                && v.detail() != null && (v.scope() == YEAR_TO_DATE || v.scope() == YEAR_TO_DATE_N1))) {
            specialties.add(value.detail());
        }
        for (String specialty : specialties) {
            line(out, r++, specialty, IndicatorKey.of(CONSULTATIONS_AVANCEES, YEAR_TO_DATE).detail(specialty));
        }
        return total(out, r, first, "Total des spécialités");
    }

    private boolean hasAny(IndicatorKey key) {
        return figures.find(key).isPresent() || figures.find(previous(key)).isPresent();
    }

    private void line(SheetWriter out, int r, String label, IndicatorKey key) {
        long now = figures.get(key).longValue();
        long before = figures.get(previous(key)).longValue();
        out.inputText(r, 0, label);
        out.number(r, 1, now, Format.INTEGER);
        out.number(r, 2, before, Format.INTEGER);
        Changes.relative(out, r, 3, 1, 2, now, before);
    }

    private int total(SheetWriter out, int r, int first, String label) {
        long now = figures.territory(CONSULTATIONS_AVANCEES, YEAR_TO_DATE).longValue();
        long before = figures.territory(CONSULTATIONS_AVANCEES, YEAR_TO_DATE_N1).longValue();
        out.text(r, 0, label, out.styles().totalLabel());
        if (r > first) {
            out.formula(r, 1, "SUM(" + range(1, first, r - 1) + ")", now, Format.INTEGER, true);
            out.formula(r, 2, "SUM(" + range(2, first, r - 1) + ")", before, Format.INTEGER, true);
        } else {
            out.number(r, 1, now, Format.INTEGER);
            out.number(r, 2, before, Format.INTEGER);
        }
        Changes.relative(out, r, 3, 1, 2, now, before);
        return r + 1;
    }

    private static IndicatorKey previous(IndicatorKey key) {
        return new IndicatorKey(key.indicator(), YEAR_TO_DATE_N1, null, key.entity(), null, null, null, key.detail());
    }
}
