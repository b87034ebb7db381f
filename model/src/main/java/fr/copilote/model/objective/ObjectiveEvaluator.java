package fr.copilote.model.objective;

import fr.copilote.model.activity.Period;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.indicator.Unit;
import fr.copilote.model.pathway.HeadlineUnit;
import fr.copilote.model.pathway.HeadlineUnits;
import fr.copilote.model.text.FrenchDates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Judges a territory's objectives against its consolidated figures, generically over the catalogue: what an
 * indicator is read as follows from the scopes the consolidation keeps it at, and from its unit.
 * <ul>
 *   <li>kept on the business date ({@code AT_DATE}: conventions in force, FTE): a stock, its value today;</li>
 *   <li>kept for the year to date, in a unit that adds up (count, euros, kilometres): a sum over months, projected
 *       to year end — with last year's shape when N-1 is whole, pro rata of the months elapsed otherwise;</li>
 *   <li>kept for the year to date as a rate or an average ({@link Unit#RATE}, {@link Unit#DAYS}): its current value;</li>
 *   <li>kept over the rolling 12 months only (per medical FTE): that value.</li>
 * </ul>
 * Only the objectives of the reporting month's year are judged; the others are listed with a status in words. The
 * only indicator named here is the pathway volume, kept per unit: an objective on it reads the pathway's headline unit.
 */
public final class ObjectiveEvaluator {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final ReportingCalendar calendar;
    private final TerritoryPerimeter perimeter;
    private final ObjectiveFigures figures;
    private final HeadlineUnits units;

    /** @param units the units each pathway is steered in, as the consolidation counted them */
    public ObjectiveEvaluator(ReportingCalendar calendar, TerritoryPerimeter perimeter, ObjectiveFigures figures, HeadlineUnits units) {
        this.calendar = calendar;
        this.perimeter = perimeter;
        this.figures = figures;
        this.units = units;
    }

    public List<ObjectiveResult> evaluate(List<Objective> objectives) {
        return objectives.stream().map(this::evaluate).toList();
    }

    public ObjectiveResult evaluate(Objective objective) {
        if (objective.year() != calendar.reportingYear()) {
            return ObjectiveResult.unjudged(objective, ObjectiveStatus.AUTRE_ANNEE, "objectif " + objective.year()
                    + " : ce classeur suit l'année " + calendar.reportingYear() + " (mois de référence "
                    + calendar.month().firstDay().format(FrenchDates.MONTH) + ")");
        }
        if (objective.onMember() && !perimeter.contains(objective.entity())) {
            return ObjectiveResult.unjudged(objective, ObjectiveStatus.SORTI_DU_TERRITOIRE, "l'entité juridique "
                    + objective.entity() + " (FINESS " + objective.finess() + ") n'est plus membre du territoire dans territoires.csv");
        }
        Indicator indicator = objective.indicator();
        if (figures.hasScope(indicator, PeriodScope.AT_DATE)) {
            return current(objective, PeriodScope.AT_DATE, ProjectionMethod.AT_DATE);
        }
        if (figures.hasScope(indicator, PeriodScope.YEAR_TO_DATE)) {
            return addsUp(indicator.unit()) ? projected(objective) : current(objective, PeriodScope.YEAR_TO_DATE, ProjectionMethod.CURRENT_RATE);
        }
        if (figures.hasScope(indicator, PeriodScope.ROLLING_12)) {
            return current(objective, PeriodScope.ROLLING_12, ProjectionMethod.ROLLING_12);
        }
        return noData(objective);
    }

    /** Rates and averages do not add up month by month: their year-to-date value is already the year's. */
    private static boolean addsUp(Unit unit) {
        return unit != Unit.RATE && unit != Unit.DAYS;
    }

    private IndicatorKey key(Objective objective, PeriodScope scope) {
        return IndicatorKey.of(objective.indicator(), scope).entity(objective.entity()).pathway(objective.pathway())
                .activityType(objective.activityType()).detail(headlineUnit(objective).map(HeadlineUnit::name).orElse(null));
    }

    /**
     * The one breakdown an objective reads beyond its own columns: a pathway's volume ({@link Indicator#HEADLINE_VOLUME})
     * is kept per unit of the pathway, and the objective is on its headline unit, the first.
     */
    private Optional<HeadlineUnit> headlineUnit(Objective objective) {
        return objective.indicator() == Indicator.HEADLINE_VOLUME && objective.pathway() != null
                ? units.of(objective.pathway()).stream().findFirst() : Optional.empty();
    }

    /** What the row should say beside a judged figure: the unit a pathway's volume was read in. */
    private String unitNote(Objective objective, String note) {
        Optional<String> unit = headlineUnit(objective).map(u -> "unité de référence de la filière : " + u.label());
        return note == null ? unit.orElse(null) : unit.map(u -> note + " ; " + u).orElse(note);
    }

    private ObjectiveResult current(Objective objective, PeriodScope scope, ProjectionMethod method) {
        Optional<BigDecimal> value = figures.value(key(objective, scope));
        if (value.isEmpty()) {
            return noData(objective);
        }
        BigDecimal current = value.get();
        ObjectiveStatus status = objective.direction().meets(current, objective.target()) ? ObjectiveStatus.ATTEINT : ObjectiveStatus.EN_RETARD;
        return new ObjectiveResult(objective, status, current, current, method, current.subtract(objective.target()),
                unitNote(objective, null));
    }

    private ObjectiveResult projected(Objective objective) {
        Optional<BigDecimal> yearToDate = figures.value(key(objective, PeriodScope.YEAR_TO_DATE));
        if (yearToDate.isEmpty()) {
            return noData(objective);
        }
        BigDecimal ytd = yearToDate.get();
        Optional<BigDecimal> sameMonths = figures.value(key(objective, PeriodScope.YEAR_TO_DATE_N1));
        Optional<BigDecimal> fullYear = figures.value(key(objective, PeriodScope.YEAR_N1));
        boolean withN1 = sameMonths.isPresent() && fullYear.isPresent();
        List<Period> missing = withN1 ? monthsMissingInN1(objective) : List.of();
        BigDecimal projection;
        ProjectionMethod method;
        String note = null;
        if (withN1 && sameMonths.get().signum() > 0 && missing.isEmpty()) {
            projection = ytd.multiply(fullYear.get()).divide(sameMonths.get(), MathContext.DECIMAL64);
            method = ProjectionMethod.SEASONAL;
        } else {
            projection = ytd.multiply(TWELVE).divide(BigDecimal.valueOf(calendar.monthsElapsed()), MathContext.DECIMAL64);
            method = ProjectionMethod.PRO_RATA;
            note = !withN1 ? "pas de chiffre N-1 : saisonnalité inconnue"
                    : !missing.isEmpty() ? "N-1 incomplet, saisonnalité écartée : aucune activité en " + missing.stream()
                    .map(month -> month.firstDay().format(FrenchDates.MONTH)).collect(Collectors.joining(", "))
                    : "N-1 nul sur les mêmes mois : saisonnalité inconnue";
        }
        projection = projection.setScale(objective.indicator().unit().scale(), RoundingMode.HALF_EVEN);
        ObjectiveDirection direction = objective.direction();
        ObjectiveStatus status;
        boolean yearComplete = calendar.monthsElapsed() == 12;
        if (direction == ObjectiveDirection.HAUSSE ? direction.meets(ytd, objective.target())
                : yearComplete && direction.meets(ytd, objective.target())) {
            status = ObjectiveStatus.ATTEINT;
        } else if (direction.meets(projection, objective.target())) {
            status = ObjectiveStatus.EN_BONNE_VOIE;
        } else {
            status = ObjectiveStatus.EN_RETARD;
        }
        return new ObjectiveResult(objective, status, ytd, projection, method, projection.subtract(objective.target()),
                unitNote(objective, note));
    }

    /**
     * The months of N-1 in which the territory's monthly series has no activity in the objective's pathway: a month
     * missing from the file. Its absence would bend the ratio of the full year to the same months — up or down depending
     * on which side of the reporting month it falls — so the projection falls back on the pro rata.
     */
    private List<Period> monthsMissingInN1(Objective objective) {
        List<Period> missing = new ArrayList<>();
        int year = calendar.reportingYear() - 1;
        for (int month = 1; month <= 12; month++) {
            Period period = Period.of(year, month);
            if (!figures.hasActivity(period, objective.pathway())) {
                missing.add(period);
            }
        }
        return missing;
    }

    private ObjectiveResult noData(Objective objective) {
        String note = objective.activityType() == null
                && figures.brokenDownByType(objective.indicator(), objective.entity(), objective.pathway())
                ? "cet indicateur se compte par type d'activité : précisez activity_type dans objectifs.csv"
                : "aucun chiffre de cet indicateur pour " + (objective.pathway() == null ? "l'ensemble des filières"
                        : "la filière « " + objective.pathway().label() + " »") + (objective.onMember() ? " et cet établissement" : "")
                        + " au mois de référence";
        return ObjectiveResult.unjudged(objective, ObjectiveStatus.SANS_DONNEE, note);
    }
}
