package fr.copilote.reports.sheets;

import static fr.copilote.model.indicator.Indicator.HEADLINE_VOLUME;

import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.pathway.HeadlineUnit;
import fr.copilote.model.pathway.HeadlineUnits;
import fr.copilote.reports.workbook.Figures;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which of each pathway's units the territory has volume in, headline first, as the Synthèse shows them. */
final class PathwayUnits {

    private final Figures figures;
    private final HeadlineUnits units;

    PathwayUnits(Figures figures, HeadlineUnits units) {
        this.figures = figures;
        this.units = units;
    }

    /** The pathways with volume in any of their units over the 24 months read, in catalogue order. */
    List<CarePathway> pathways() {
        Set<CarePathway> pathways = EnumSet.noneOf(CarePathway.class);
        for (IndicatorValue value : figures.matching(v -> v.indicator() == HEADLINE_VOLUME && v.entity() == null)) {
            pathways.add(value.pathway());
        }
        return List.copyOf(pathways);
    }

    /** The pathway's units with volume in one of these spans, in the configured order. */
    List<HeadlineUnit> withVolume(CarePathway pathway, PeriodScope... scopes) {
        List<HeadlineUnit> found = new ArrayList<>();
        for (HeadlineUnit unit : units.of(pathway)) {
            for (PeriodScope scope : scopes) {
                if (figures.find(key(scope, pathway, unit)).isPresent()) {
                    found.add(unit);
                    break;
                }
            }
        }
        return found;
    }

    /** The first of the pathway's units it has volume in over the spans given: the one it is shown in when only one is. */
    Optional<HeadlineUnit> leading(CarePathway pathway, PeriodScope... scopes) {
        return withVolume(pathway, scopes).stream().findFirst();
    }

    /** Whether the pathway has volume in this unit in one month of the 24-month series. */
    boolean hasMonthly(CarePathway pathway, HeadlineUnit unit) {
        return !figures.matching(v -> v.indicator() == HEADLINE_VOLUME && v.scope() == PeriodScope.MONTHLY && v.entity() == null
                && v.pathway() == pathway && unit.name().equals(v.detail())).isEmpty();
    }

    long volume(PeriodScope scope, CarePathway pathway, HeadlineUnit unit) {
        return figures.get(key(scope, pathway, unit)).longValue();
    }

    static IndicatorKey key(PeriodScope scope, CarePathway pathway, HeadlineUnit unit) {
        return IndicatorKey.of(HEADLINE_VOLUME, scope).pathway(pathway).detail(unit.name());
    }
}
