package fr.copilote.model.consolidation;

import static fr.copilote.model.indicator.Indicator.*;

import fr.copilote.model.convention.Convention;
import fr.copilote.model.convention.ConventionStatus;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.DateRange;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.IndicatorKey;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.indicator.ValueSink;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.pet.PetEstimate;
import fr.copilote.model.pet.PetEstimator;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A territory's convention figures: what is in force on the business date (and a year earlier), the shared
 * time and refunds of each period pro rata of the days in force, the flows between establishments with the
 * internal ones eliminated from the consolidated balance, the renewals to prepare and the estimated PET.
 */
final class ConventionFigures {

    /** Flows between two counted members: eliminated from the territory's consolidated balance. */
    static final String INTERNAL = "INTERNE";
    /** Flows with an establishment outside the territory's totals. */
    static final String EXTERNAL = "EXTERNE";
    static final int RENEWAL_HORIZON_DAYS = 90;

    /** One direction between two establishments, internal to the territory or not. */
    private record Flow(Finess origin, Finess host, String kind) {
    }

    private static final PeriodScope[] REFUND_FLOW_SCOPES = {PeriodScope.YEAR_TO_DATE, PeriodScope.ROLLING_12};

    private final TerritoryPerimeter perimeter;
    private final ReportingCalendar calendar;
    private final List<EntityConvention> touching;
    private final PetEstimator pet;

    ConventionFigures(TerritoryPerimeter perimeter, ReportingCalendar calendar, List<EntityConvention> conventions, PetEstimator pet) {
        this.perimeter = perimeter;
        this.calendar = calendar;
        this.touching = conventions.stream()
                .filter(c -> perimeter.contains(c.originEntity()) || perimeter.contains(c.hostEntity()))
                .toList();
        this.pet = pet;
    }

    private boolean counted(EntityConvention c) {
        return perimeter.countsInTotals(c.originEntity()) || perimeter.countsInTotals(c.hostEntity());
    }

    private boolean internal(EntityConvention c) {
        return perimeter.countsInTotals(c.originEntity()) && perimeter.countsInTotals(c.hostEntity());
    }

    private Flow flowOf(EntityConvention c) {
        return new Flow(c.originEntity(), c.hostEntity(), internal(c) ? INTERNAL : EXTERNAL);
    }

    void addTo(ValueSink values) {
        addOnDate(values, calendar.businessDate(), PeriodScope.AT_DATE);
        addOnDate(values, calendar.businessDateN1(), PeriodScope.AT_DATE_N1);
        addStatuses(values);
        addRenewals(values);
        addPet(values);
        for (PeriodScope scope : PeriodScope.spans()) {
            addSpan(values, scope);
        }
    }

    private void addOnDate(ValueSink values, LocalDate day, PeriodScope scope) {
        List<EntityConvention> inForce = touching.stream().filter(c -> c.convention().inForceOn(day)).toList();
        List<EntityConvention> countedInForce = inForce.stream().filter(this::counted).toList();
        values.add(IndicatorKey.of(CONVENTIONS_IN_FORCE, scope).is(countedInForce.size()));
        Set<String> practitioners = new TreeSet<>();
        countedInForce.forEach(c -> practitioners.add(c.convention().practitioner().value()));
        values.add(IndicatorKey.of(PRACTITIONERS_SHARED, scope).is(practitioners.size()));

        Sums<Finess> incoming = new Sums<>();
        Sums<Finess> outgoing = new Sums<>();
        Sums<Finess> conventionsIn = new Sums<>();
        Sums<Finess> conventionsOut = new Sums<>();
        for (EntityConvention c : inForce) {
            incoming.add(c.hostEntity(), c.convention().fte());
            outgoing.add(c.originEntity(), c.convention().fte());
            conventionsIn.add(c.hostEntity(), BigDecimal.ONE);
            conventionsOut.add(c.originEntity(), BigDecimal.ONE);
        }
        addMemberBalance(values, scope, incoming, outgoing);
        addPerMember(values, scope, CONVENTIONS_INCOMING, conventionsIn);
        addPerMember(values, scope, CONVENTIONS_OUTGOING, conventionsOut);
        if (scope != PeriodScope.AT_DATE) {
            return;
        }
        Sums<CarePathway> byPathway = new Sums<>();
        Sums<String> bySpecialty = new Sums<>();
        Sums<String> byMode = new Sums<>();
        Sums<Flow> flows = new Sums<>();
        BigDecimal refunds = BigDecimal.ZERO;
        BigDecimal fte = BigDecimal.ZERO;
        for (EntityConvention c : countedInForce) {
            Convention convention = c.convention();
            byPathway.add(convention.carePathway(), convention.fte());
            bySpecialty.add(convention.specialty(), convention.fte());
            byMode.add(convention.sharingMode().name(), convention.fte());
            refunds = refunds.add(convention.annualRefundEur());
            fte = fte.add(convention.fte());
        }
        for (EntityConvention c : inForce) {
            flows.add(flowOf(c), c.convention().fte());
        }
        byPathway.asMap().forEach((pathway, v) -> values.add(IndicatorKey.of(SHARED_FTE_BY_PATHWAY, scope).pathway(pathway).is(v)));
        bySpecialty.asMap().forEach((specialty, v) -> values.add(IndicatorKey.of(SHARED_FTE_BY_SPECIALTY, scope).detail(specialty).is(v)));
        byMode.asMap().forEach((mode, v) -> values.add(IndicatorKey.of(SHARED_FTE_BY_MODE, scope).detail(mode).is(v)));
        flows.asMap().forEach((flow, v) -> values.add(IndicatorKey.of(FLOW_FTE, scope).flow(flow.origin(), flow.host())
                .detail(flow.kind()).is(v)));
        if (fte.signum() > 0) {
            values.add(IndicatorKey.of(REFUND_PER_FTE, scope).is(refunds.divide(fte, MathContext.DECIMAL64)));
        }
    }

    /** Incoming, outgoing and net per member, and the territory's totals over its counted members. */
    private void addMemberBalance(ValueSink values, PeriodScope scope, Sums<Finess> incoming, Sums<Finess> outgoing) {
        BigDecimal totalIn = BigDecimal.ZERO;
        BigDecimal totalOut = BigDecimal.ZERO;
        for (TerritoryMember member : perimeter.members()) {
            BigDecimal in = add(values, IndicatorKey.of(SHARED_FTE_INCOMING, scope).entity(member.entity()), incoming.get(member.entity()));
            BigDecimal out = add(values, IndicatorKey.of(SHARED_FTE_OUTGOING, scope).entity(member.entity()), outgoing.get(member.entity()));
            add(values, IndicatorKey.of(SHARED_FTE_NET, scope).entity(member.entity()), in.subtract(out));
            if (perimeter.countsInTotals(member.entity())) {
                totalIn = totalIn.add(in);
                totalOut = totalOut.add(out);
            }
        }
        values.add(IndicatorKey.of(SHARED_FTE_INCOMING, scope).is(totalIn));
        values.add(IndicatorKey.of(SHARED_FTE_OUTGOING, scope).is(totalOut));
        values.add(IndicatorKey.of(SHARED_FTE_NET, scope).is(totalIn.subtract(totalOut)));
    }

    /**
     * Adds the value — unless it is an establishment's figure for a span not kept per establishment — and returns
     * it as rounded, so that totals add up the figures shown.
     */
    private static BigDecimal add(ValueSink values, IndicatorKey key, BigDecimal amount) {
        IndicatorValue value = key.is(amount);
        if (key.entity() == null || key.scope().keptPerEstablishment()) {
            values.add(value);
        }
        return value.value();
    }

    private void addPerMember(ValueSink values, PeriodScope scope, Indicator indicator,
                              Sums<Finess> perEntity) {
        BigDecimal total = BigDecimal.ZERO;
        for (TerritoryMember member : perimeter.members()) {
            BigDecimal value = perEntity.get(member.entity());
            values.add(IndicatorKey.of(indicator, scope).entity(member.entity()).is(value));
            if (perimeter.countsInTotals(member.entity())) {
                total = total.add(value);
            }
        }
        values.add(IndicatorKey.of(indicator, scope).is(total));
    }

    private void addStatuses(ValueSink values) {
        long planned = touching.stream().filter(this::counted).filter(c -> c.convention().status() == ConventionStatus.EN_PROJET).count();
        long terminated = touching.stream().filter(this::counted).filter(c -> c.convention().status() == ConventionStatus.RESILIEE).count();
        values.add(IndicatorKey.of(CONVENTIONS_PLANNED, PeriodScope.AT_DATE).is(planned));
        values.add(IndicatorKey.of(CONVENTIONS_TERMINATED, PeriodScope.AT_DATE).is(terminated));
    }

    /** Conventions in force whose end falls within the next 90 days: one value per convention (days left), and their count. */
    private void addRenewals(ValueSink values) {
        LocalDate today = calendar.businessDate();
        LocalDate horizon = today.plusDays(RENEWAL_HORIZON_DAYS);
        List<EntityConvention> ending = touching.stream().filter(this::counted)
                .filter(c -> c.convention().inForceOn(today))
                .filter(c -> c.convention().endDate() != null && c.convention().endDate().isAfter(today)
                        && !c.convention().endDate().isAfter(horizon))
                .toList();
        for (EntityConvention c : ending) {
            values.add(IndicatorKey.of(CONVENTIONS_TO_RENEW, PeriodScope.AT_DATE).flow(c.originEntity(), c.hostEntity())
                    .detail(c.convention().id().value()).is(ChronoUnit.DAYS.between(today, c.convention().endDate())));
        }
        values.add(IndicatorKey.of(CONVENTIONS_TO_RENEW, PeriodScope.AT_DATE).is(ending.size()));
    }

    /** The PET the territory's members would pay their own practitioners. */
    private void addPet(ValueSink values) {
        List<EntityConvention> employedHere = touching.stream().filter(c -> perimeter.countsInTotals(c.originEntity())).toList();
        List<PetEstimate> estimates = pet.estimate(employedHere, calendar.businessDate());
        BigDecimal monthly = BigDecimal.ZERO;
        for (PetEstimate estimate : estimates) {
            values.add(IndicatorKey.of(PET_MONTHLY, PeriodScope.AT_DATE).entity(estimate.employer())
                    .detail(estimate.practitioner().value()).is(estimate.monthlyEur()));
            monthly = monthly.add(estimate.monthlyEur());
        }
        values.add(IndicatorKey.of(PET_MONTHLY, PeriodScope.AT_DATE).is(monthly));
        values.add(IndicatorKey.of(PET_ANNUAL, PeriodScope.AT_DATE).is(monthly.multiply(BigDecimal.valueOf(12))));
    }

    /** Shared time and refunds of a period, pro rata of the days each convention was in force in it. */
    private void addSpan(ValueSink values, PeriodScope scope) {
        DateRange range = calendar.rangeOf(scope);
        Sums<Finess> fteIn = new Sums<>();
        Sums<Finess> fteOut = new Sums<>();
        Sums<Finess> paid = new Sums<>();
        Sums<Finess> received = new Sums<>();
        Sums<Flow> refundFlows = new Sums<>();
        BigDecimal eliminations = BigDecimal.ZERO;
        for (EntityConvention c : touching) {
            if (ProRata.daysInForce(c.convention(), range) == 0) {
                continue;
            }
            BigDecimal fte = ProRata.averageFte(c.convention(), range);
            BigDecimal refund = ProRata.refund(c.convention(), range);
            fteIn.add(c.hostEntity(), fte);
            fteOut.add(c.originEntity(), fte);
            paid.add(c.hostEntity(), refund);
            received.add(c.originEntity(), refund);
            refundFlows.add(flowOf(c), refund);
            if (internal(c)) {
                eliminations = eliminations.add(refund);
            }
        }
        addMemberBalance(values, scope, fteIn, fteOut);
        BigDecimal totalPaid = BigDecimal.ZERO;
        BigDecimal totalReceived = BigDecimal.ZERO;
        for (TerritoryMember member : perimeter.members()) {
            BigDecimal p = add(values, IndicatorKey.of(REFUNDS_PAID, scope).entity(member.entity()), paid.get(member.entity()));
            BigDecimal r = add(values, IndicatorKey.of(REFUNDS_RECEIVED, scope).entity(member.entity()), received.get(member.entity()));
            add(values, IndicatorKey.of(NET_BALANCE, scope).entity(member.entity()), r.subtract(p));
            if (perimeter.countsInTotals(member.entity())) {
                totalPaid = totalPaid.add(p);
                totalReceived = totalReceived.add(r);
            }
        }
        values.add(IndicatorKey.of(REFUNDS_PAID, scope).is(totalPaid));
        values.add(IndicatorKey.of(REFUNDS_RECEIVED, scope).is(totalReceived));
        BigDecimal eliminated = add(values, IndicatorKey.of(ELIMINATIONS, scope), eliminations);
        values.add(IndicatorKey.of(NET_BALANCE, scope).is(totalReceived.subtract(eliminated).subtract(totalPaid.subtract(eliminated))));
        if (List.of(REFUND_FLOW_SCOPES).contains(scope)) {
            refundFlows.asMap().forEach((flow, v) -> values.add(IndicatorKey.of(FLOW_REFUND, scope).flow(flow.origin(), flow.host())
                    .detail(flow.kind()).is(v)));
        }
    }
}
