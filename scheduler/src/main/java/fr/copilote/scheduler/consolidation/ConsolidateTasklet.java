package fr.copilote.scheduler.consolidation;

import fr.copilote.model.consolidation.ActivityPass;
import fr.copilote.model.consolidation.ConsolidationInputs;
import fr.copilote.model.consolidation.OfficialFigures;
import fr.copilote.model.consolidation.SaeFigure;
import fr.copilote.model.consolidation.TerritoryConsolidator;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.ReportingCalendar;
import fr.copilote.model.statistics.OfficialYears;
import fr.copilote.model.statistics.StatisticSource;
import fr.copilote.model.statistics.StatisticTotal;
import fr.copilote.model.pet.PetEstimator;
import fr.copilote.model.store.ConsolidationSource;
import fr.copilote.model.store.ConsolidationStore;
import fr.copilote.model.store.DirectoryStore;
import fr.copilote.model.store.OfficialStatisticsStore;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.nightly.NightlyParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Consolidates every territory (and all of them together) from the published rows and stores the figures,
 * in the step's single transaction: a run's consolidation is stored whole or not at all. The database sums
 * the rows; the plain-Java consolidator applies the rules to the sums.
 */
public class ConsolidateTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ConsolidateTasklet.class);

    private final ConsolidationSource source;
    private final ConsolidationStore store;
    private final DirectoryStore directory;
    private final OfficialStatisticsStore statistics;
    private final ConsolidationProperties properties;

    public ConsolidateTasklet(ConsolidationSource source, ConsolidationStore store, DirectoryStore directory,
                              OfficialStatisticsStore statistics, ConsolidationProperties properties) {
        this.source = source;
        this.store = store;
        this.directory = directory;
        this.statistics = statistics;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        LocalDate businessDate = job.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
        Set<String> only = NightlyParameters.territories(job.getJobParameters());
        Set<String> countingPartners = properties.partnersInTotals();
        ReportingCalendar calendar = source.calendarFor(businessDate);
        List<TerritoryPerimeter> perimeters = new ArrayList<>(source.perimeters(countingPartners).stream()
                .filter(p -> only.isEmpty() || only.contains(p.code().value())).toList());
        if (perimeters.isEmpty()) {
            throw new IllegalStateException("Aucun territoire à consolider" + (only.isEmpty() ? "" : " parmi " + only)
                    + " : vérifiez territoires.csv");
        }
        perimeters.add(ConsolidationSource.allTerritories(perimeters));
        log.info("Consolidation de {} territoires au {}, activité jusqu'à {}", perimeters.size() - 1,
                businessDate.format(FrenchDates.DATE), calendar.month());
        EstablishmentDirectory sites = directory.load();
        ActivityPass activity = new ActivityPass(calendar, perimeters);
        source.activity(calendar, activity);
        OfficialYears years = officialYears(calendar);
        ConsolidationInputs inputs = new ConsolidationInputs(calendar, source.conventions(), activity.ledger(), activity.flows(),
                activity.underConventions(), activity.series(), medicalFte(years), officialFigures(years),
                new PetEstimator(properties.scales(), sites::positionOf), properties.pathwayUnits(), directory.publicLegalEntities());
        TerritoryConsolidator consolidator = new TerritoryConsolidator(inputs);
        ConsolidationStore.Run run = store.startRun(job.getId(), calendar, years);
        for (TerritoryPerimeter perimeter : perimeters) {
            try (ConsolidationStore.ValueWriter values = store.writer(run, perimeter)) {
                consolidator.consolidate(perimeter, values);
            }
        }
        log.info("Consolidation n° {} enregistrée : {} territoires au {}", run.id(), perimeters.size() - 1,
                businessDate.format(FrenchDates.DATE));
        return RepeatStatus.FINISHED;
    }

    /** The most recent year loaded of each base the consolidation reads, up to the reporting year. */
    private OfficialYears officialYears(ReportingCalendar calendar) {
        Map<StatisticSource, Integer> years = new EnumMap<>(StatisticSource.class);
        for (StatisticSource read : List.of(StatisticSource.SAE_Q21, StatisticSource.SAE_MCO, StatisticSource.SAE_URGENCES,
                StatisticSource.SAE_PERINAT, StatisticSource.SAE_SSR)) {
            source.latestYear(read, calendar).ifPresent(year -> years.put(read, year));
        }
        return new OfficialYears(years);
    }

    private Map<Finess, BigDecimal> medicalFte(OfficialYears years) {
        return years.of(StatisticSource.SAE_Q21).map(year -> amounts(statistics.medicalFte(year))).orElse(Map.of());
    }

    /**
     * The SAE figures per legal entity, from the latest base of each source loaded and from the base of the year
     * before it when that one is loaded too (figures of an absent base are simply none).
     */
    private OfficialFigures officialFigures(OfficialYears years) {
        Map<Integer, Map<Indicator, Map<Finess, BigDecimal>>> byYear = new TreeMap<>();
        for (SaeFigure figure : SaeFigure.values()) {
            years.of(figure.source()).ifPresent(latest -> {
                for (int year : List.of(latest, latest - 1)) {
                    Map<Finess, BigDecimal> amounts = amounts(statistics.sumByLegalEntity(figure, year));
                    if (!amounts.isEmpty()) {
                        byYear.computeIfAbsent(year, y -> new EnumMap<>(Indicator.class)).put(figure.indicator(), amounts);
                    }
                }
            });
        }
        List<OfficialFigures.Base> bases = new ArrayList<>();
        byYear.forEach((year, figures) -> bases.add(new OfficialFigures.Base(year, figures)));
        return new OfficialFigures(bases);
    }

    private static Map<Finess, BigDecimal> amounts(Map<Finess, StatisticTotal> totals) {
        Map<Finess, BigDecimal> amounts = new TreeMap<>();
        totals.forEach((entity, total) -> amounts.put(entity, total.amount()));
        return amounts;
    }
}
