package fr.copilote.model.generator;

import fr.copilote.model.convention.Convention;
import fr.copilote.model.convention.ConventionStatus;
import fr.copilote.model.convention.Rpps;
import fr.copilote.model.convention.SharingMode;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.TerritoryCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/** Draws the conventions of cooperation programs: parties, practitioner, specialty, mode, half-days, dates, refund. */
final class ConventionDrafter {

    /** What a host refunds a year for one weekly half-day, salary and charges included. */
    private static final double LOWEST_REFUND_PER_HALF_DAY = 9_000;
    private static final double HIGHEST_REFUND_PER_HALF_DAY = 12_000;

    private final long seed;
    private final ConventionCalendar calendar;
    private final UnaryOperator<Finess> legalEntityOf;
    private final PractitionerPool practitioners;
    private final ConventionIds ids = new ConventionIds();

    private record Draft(TerritoryCode territory, String idPrefix, Finess origin, Finess host, Rpps practitioner,
                         Specialty specialty, SharingMode mode, BigDecimal halfDays, ConventionDates dates,
                         ConventionStatus status, BigDecimal refund) {
    }

    /**
     * @param reference     the date conventions are in force or not on
     * @param legalEntityOf the legal entity a FINESS rolls up to, so that no convention links two sites of one entity
     */
    ConventionDrafter(long seed, LocalDate reference, UnaryOperator<Finess> legalEntityOf) {
        this.seed = seed;
        this.calendar = new ConventionCalendar(reference);
        this.legalEntityOf = legalEntityOf;
        this.practitioners = new PractitionerPool(new RppsFactory(Seeds.of(seed, "rpps")));
    }

    /** The conventions of all programs, sorted by identifier. Programs share one practitioner pool per origin. */
    List<PlannedConvention> draft(List<ConventionProgram> programs) {
        List<PlannedConvention> conventions = new ArrayList<>();
        for (ConventionProgram program : programs) {
            conventions.addAll(numbered(draft(program)));
        }
        conventions.sort(Comparator.comparing(planned -> planned.convention().id()));
        return conventions;
    }

    private List<Draft> draft(ConventionProgram program) {
        SplittableRandom rng = Seeds.of(seed, "conventions", program.territory().value(), program.idPrefix());
        Iterator<ConventionFate> fates = program.fates().shuffled(rng).iterator();
        List<Draft> drafts = new ArrayList<>(program.conventionCount());
        for (ConventionFlow flow : program.flows()) {
            for (int i = 0; i < flow.count(); i++) {
                drafts.add(draftOne(program, flow, fates.next(), rng));
            }
        }
        program.overbooked().ifPresent(overbooked -> drafts.addAll(overbooked(program, overbooked, rng)));
        return drafts;
    }

    private Draft draftOne(ConventionProgram program, ConventionFlow flow, ConventionFate fate, SplittableRandom rng) {
        Finess origin = Draws.pick(rng, flow.origins());
        Finess host = hostFor(origin, flow.hosts(), rng);
        Specialty specialty = Draws.pick(rng, flow.specialties());
        SharingMode mode = specialty.modes().draw(rng, program.allowedModes());
        BigDecimal halfDays = HalfDaysPerWeek.draw(rng, mode);
        Rpps practitioner = practitioners.practitionerFor(origin, halfDays, rng);
        ConventionDates dates = calendar.datesFor(fate, program.accordYear(), rng);
        return new Draft(program.territory(), program.idPrefix(), origin, host, practitioner, specialty, mode, halfDays,
                dates, fate.status(), refundFor(halfDays, rng));
    }

    private List<Draft> overbooked(ConventionProgram program, OverbookedPractitioner overbooked, SplittableRandom rng) {
        Rpps practitioner = practitioners.newcomer();
        SharingMode mode = program.allowedModes().isEmpty() || program.allowedModes().contains(SharingMode.CONSULTATION_AVANCEE)
                ? SharingMode.CONSULTATION_AVANCEE
                : overbooked.specialty().modes().draw(rng, program.allowedModes());
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < overbooked.hosts().size(); i++) {
            BigDecimal halfDays = overbooked.halfDaysPerHost().get(i);
            ConventionDates dates = calendar.datesFor(ConventionFate.IN_FORCE_OPEN, program.accordYear(), rng);
            drafts.add(new Draft(program.territory(), program.idPrefix(), overbooked.origin(), overbooked.hosts().get(i),
                    practitioner, overbooked.specialty(), mode, halfDays, dates, ConventionStatus.SIGNEE,
                    refundFor(halfDays, rng)));
        }
        return drafts;
    }

    private Finess hostFor(Finess origin, List<Finess> hosts, SplittableRandom rng) {
        Finess originEntity = legalEntityOf.apply(origin);
        List<Finess> elsewhere = hosts.stream().filter(host -> !legalEntityOf.apply(host).equals(originEntity)).toList();
        if (elsewhere.isEmpty()) {
            throw new IllegalStateException("no host outside the legal entity of " + origin + " among " + hosts);
        }
        return Draws.pick(rng, elsewhere);
    }

    /** Numbers a program's conventions in order of start date, as a register would. */
    private List<PlannedConvention> numbered(List<Draft> drafts) {
        List<Draft> chronological = new ArrayList<>(drafts);
        chronological.sort(Comparator.comparing((Draft draft) -> draft.dates().start()));
        List<PlannedConvention> conventions = new ArrayList<>(drafts.size());
        for (Draft draft : chronological) {
            Convention convention = new Convention(ids.next(draft.idPrefix(), draft.dates().start().getYear()),
                    draft.origin(), draft.host(), draft.practitioner(), draft.specialty().label(),
                    draft.specialty().carePathway(), draft.mode(), draft.halfDays(), draft.dates().start(),
                    draft.dates().end(), draft.refund(), draft.status());
            conventions.add(new PlannedConvention(convention, draft.territory()));
        }
        return conventions;
    }

    private static BigDecimal refundFor(BigDecimal halfDays, SplittableRandom rng) {
        double perHalfDay = Draws.between(rng, LOWEST_REFUND_PER_HALF_DAY, HIGHEST_REFUND_PER_HALF_DAY);
        return BigDecimal.valueOf(Math.round(halfDays.doubleValue() * perHalfDay * 100), 2);
    }
}
