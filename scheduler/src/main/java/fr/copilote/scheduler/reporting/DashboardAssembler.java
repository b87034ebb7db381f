package fr.copilote.scheduler.reporting;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.job.ImportPlan;
import fr.copilote.importer.job.RejectReportTasklet;
import fr.copilote.importer.report.RejectReportWriter;
import fr.copilote.model.consolidation.EntityConvention;
import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.GeoPoint;
import fr.copilote.model.indicator.IndicatorValue;
import fr.copilote.model.objective.Objective;
import fr.copilote.model.objective.ObjectiveEvaluator;
import fr.copilote.model.objective.ObjectiveFigures;
import fr.copilote.model.objective.ObjectiveResult;
import fr.copilote.model.pathway.HeadlineUnits;
import fr.copilote.model.store.ConsolidationSource;
import fr.copilote.model.store.ConsolidationStore;
import fr.copilote.model.store.DirectoryStore;
import fr.copilote.model.store.ObjectiveStore;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.reports.dashboard.ActivityDetail;
import fr.copilote.reports.dashboard.ActivityLine;
import fr.copilote.reports.dashboard.ConventionLine;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.dashboard.IgnoredFileLine;
import fr.copilote.reports.dashboard.InputFileSummary;
import fr.copilote.reports.dashboard.RunReceipt;
import fr.copilote.reports.dashboard.UnreadColumnLine;
import fr.copilote.scheduler.cli.VersionProvider;
import fr.copilote.scheduler.nightly.NightlyParameters;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecution;

/**
 * Gathers what each territory's workbook shows, once per run for what is shared (the directory, the conventions,
 * the receipt) and per territory for the rest (its stored figures, its activity detail, streamed when written).
 */
public class DashboardAssembler {

    private final ConsolidationStore store;
    private final ConsolidationSource source;
    private final DirectoryStore directoryStore;
    private final ImportRegistry registry;
    private final ObjectiveStore objectiveStore;
    private final HeadlineUnits headlineUnits;

    public DashboardAssembler(ConsolidationStore store, ConsolidationSource source, DirectoryStore directoryStore,
                              ImportRegistry registry, ObjectiveStore objectiveStore, HeadlineUnits headlineUnits) {
        this.store = store;
        this.source = source;
        this.directoryStore = directoryStore;
        this.registry = registry;
        this.objectiveStore = objectiveStore;
        this.headlineUnits = headlineUnits;
    }

    /** What every workbook of a run shares. */
    public final class RunDashboards {
        private final ConsolidationStore.Run run;
        private final EstablishmentDirectory directory;
        private final List<EntityConvention> conventions;
        private final RunReceipt receipt;

        private RunDashboards(ConsolidationStore.Run run, JobExecution job) {
            this.run = run;
            this.directory = directoryStore.load();
            this.conventions = source.conventions();
            this.receipt = receipt(job, directory.year());
        }

        public List<TerritoryCode> territories() {
            return store.territories(run);
        }

        public DashboardData dashboard(TerritoryCode territory) {
            TerritoryConsolidation consolidation = store.loadWithoutEstablishmentPathways(run, territory);
            TerritoryPerimeter perimeter = consolidation.perimeter();
            Map<Finess, String> names = new HashMap<>();
            perimeter.members().forEach(member -> names.put(member.entity(), member.name()));
            for (IndicatorValue value : consolidation.values()) {
                name(names, value.entity());
                name(names, value.counterpart());
            }
            List<ConventionLine> lines = new ArrayList<>();
            for (EntityConvention convention : conventions) {
                if (perimeter.contains(convention.originEntity()) || perimeter.contains(convention.hostEntity())) {
                    name(names, convention.originEntity());
                    name(names, convention.hostEntity());
                    lines.add(new ConventionLine(convention, names.get(convention.originEntity()), names.get(convention.hostEntity()),
                            flowKind(perimeter, convention), distance(convention)));
                }
            }
            ActivityDetail activity = row -> source.activityDetail(perimeter.countedEntities(), consolidation.calendar(),
                    total -> row.accept(new ActivityLine(total.pathway(), total.entity(),
                            names.getOrDefault(total.entity(), total.entity().value()), total.period(), total.activityType(),
                            total.volume(), total.revenueEur(), total.directCostEur())));
            List<ObjectiveResult> objectives = objectives(territory, consolidation);
            objectives.forEach(result -> name(names, result.objective().entity()));
            Set<Finess> namedFromSites = names.keySet().stream().filter(entity -> !directory.hasOwnName(entity))
                    .filter(entity -> !directory.sitesOf(entity).isEmpty()).collect(Collectors.toSet());
            return new DashboardData(consolidation, names, lines, activity, receipt, namedFromSites, objectives);
        }

        /**
         * The territory's published objectives judged against its stored figures, read with the pathway breakdowns of
         * the members an objective names (the workbook's figures leave them out). The all-territories workbook has none:
         * objectives are set per territory.
         */
        private List<ObjectiveResult> objectives(TerritoryCode territory, TerritoryConsolidation consolidation) {
            if (territory.equals(TerritoryPerimeter.ALL_TERRITORIES)) {
                return List.of();
            }
            List<Objective> objectives = objectiveStore.published(territory);
            if (objectives.isEmpty()) {
                return List.of();
            }
            Set<Finess> members = objectives.stream().filter(o -> o.onMember() && o.pathway() != null).map(Objective::entity)
                    .collect(Collectors.toSet());
            List<IndicatorValue> memberPathways = store.establishmentPathways(run, territory, members);
            Iterable<IndicatorValue> values = () -> Stream.concat(consolidation.values().stream(), memberPathways.stream()).iterator();
            ObjectiveFigures figures = new ObjectiveFigures(values, objectives.stream().map(Objective::indicator).toList());
            return new ObjectiveEvaluator(consolidation.calendar(), consolidation.perimeter(), figures, headlineUnits).evaluate(objectives);
        }

        private void name(Map<Finess, String> names, Finess entity) {
            if (entity != null) {
                names.computeIfAbsent(entity, directory::legalEntityName);
            }
        }

        private OptionalDouble distance(EntityConvention convention) {
            Optional<GeoPoint> origin = directory.positionOf(convention.convention().origin());
            Optional<GeoPoint> host = directory.positionOf(convention.convention().host());
            return origin.isPresent() && host.isPresent() ? OptionalDouble.of(origin.get().distanceKmTo(host.get())) : OptionalDouble.empty();
        }
    }

    public RunDashboards forRun(ConsolidationStore.Run run, JobExecution job) {
        return new RunDashboards(run, job);
    }

    private static String flowKind(TerritoryPerimeter perimeter, EntityConvention convention) {
        boolean origin = perimeter.countsInTotals(convention.originEntity());
        boolean host = perimeter.countsInTotals(convention.hostEntity());
        return origin && host ? "Interne" : origin || host ? "Externe" : "Hors totaux";
    }

    private RunReceipt receipt(JobExecution job, int directoryYear) {
        var parameters = job.getJobParameters();
        Map<String, String> shown = new LinkedHashMap<>();
        LocalDate date = parameters.getLocalDate(NightlyParameters.BUSINESS_DATE);
        shown.put("date d'arrêté (" + NightlyParameters.BUSINESS_DATE + ")", String.valueOf(date));
        shown.put("dossier d'entrée (" + NightlyParameters.INPUT_FOLDER + ")", parameters.getString(NightlyParameters.INPUT_FOLDER));
        shown.put("dossier de sortie (" + NightlyParameters.OUTPUT_FOLDER + ")", parameters.getString(NightlyParameters.OUTPUT_FOLDER));
        String territories = parameters.getString(NightlyParameters.TERRITORIES);
        shown.put("territoires (" + NightlyParameters.TERRITORIES + ")", territories == null ? "tous" : territories);
        var context = job.getExecutionContext();
        List<String> reports = context.containsKey(RejectReportTasklet.REJECT_REPORTS)
                ? List.of(context.getString(RejectReportTasklet.REJECT_REPORTS).split("\n")) : List.of();
        List<InputFileSummary> files = new ArrayList<>();
        for (Long id : ImportPlan.of(context).registeredImports()) {
            registry.find(id).ifPresent(file -> files.add(summary(file, date, reports)));
        }
        List<IgnoredFileLine> ignored = registry.ignoredFiles(job.getId()).stream()
                .map(file -> new IgnoredFileLine(file.fileName(), file.reason())).toList();
        return new RunReceipt(job.getId(), shown, files, ignored, directoryYear, VersionProvider.version(), LocalDateTime.now());
    }

    private InputFileSummary summary(ImportedFile file, LocalDate date, List<String> reports) {
        String report = file.rowsRejected() == 0 || date == null ? null : reports.stream()
                .filter(path -> Path.of(path).getFileName().toString().equals(RejectReportWriter.fileName(file, date)))
                .findFirst().orElse(null);
        return new InputFileSummary(file.fileName(), file.kind().label(), file.status().label(), file.sha256(), file.sizeBytes(),
                file.encoding(), file.separator(), file.rowsRead(), file.rowsAccepted(), file.rowsRejected(), file.rowsWarned(),
                file.startedAt(), registry.topRejectRules(file.id(), 3), registry.topWarningRules(file.id(), 3), report,
                registry.unreadColumns(file.id()).stream()
                        .map(column -> new UnreadColumnLine(column.number(), column.letter(), column.name(), column.message())).toList());
    }
}
