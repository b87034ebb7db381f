package fr.copilote.importer.statistics;

import fr.copilote.importer.csv.FileInspector;
import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.job.ImportPlan;
import fr.copilote.importer.job.ImportProperties;
import fr.copilote.importer.job.ReductionGuard;
import fr.copilote.importer.job.RejectRateExceededException;
import fr.copilote.importer.job.RejectThreshold;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.reference.ReferenceDataLoader;
import fr.copilote.importer.row.ProblemWriter;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.importer.row.WholeFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the official statistics files this run registered for loading (SAE bases, ScanSanté, one file per
 * year) and publishes their figures. Each file is small enough to be read whole; its figures replace those
 * of the same source and year in the step's single transaction, so readers see the earlier figures or the
 * new ones, never none and never both — and a file that would bring far fewer figures or establishments than those it
 * replaces is held back ({@link ReductionGuard}). A restart finds the files already published and does nothing.
 */
public class StatisticsImportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(StatisticsImportTasklet.class);

    private final JdbcClient jdbc;
    private final ImportRegistry registry;
    private final ReferenceDataLoader referenceData;
    private final ProblemWriter problems;
    private final OfficialStatisticTable table;
    private final RejectThreshold threshold;
    private final ReductionGuard reductionGuard;

    private record Pending(InputKind kind, Path path, ImportedFile file) {
    }

    public StatisticsImportTasklet(JdbcTemplate jdbcTemplate, ImportRegistry registry, ReferenceDataLoader referenceData,
                                   ImportProperties properties) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.registry = registry;
        this.referenceData = referenceData;
        this.problems = new ProblemWriter(jdbcTemplate);
        this.table = new OfficialStatisticTable(jdbcTemplate);
        this.threshold = new RejectThreshold(jdbc, properties.maxRejectRate());
        this.reductionGuard = new ReductionGuard(properties.maxReduction());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportPlan plan = ImportPlan.of(chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
        List<Pending> pending = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            if (!kind.isOfficialStatistics()) {
                continue;
            }
            for (ImportPlan.Load load : plan.loads(kind)) {
                registry.find(load.importFileId()).filter(file -> file.status() == ImportStatus.LOADING)
                        .ifPresent(file -> pending.add(new Pending(kind, load.file(), file)));
            }
        }
        if (pending.isEmpty()) {
            log.info("Statistiques officielles : aucun fichier nouveau à importer");
            return RepeatStatus.FINISHED;
        }
        ReferenceData reference = referenceData.load(plan.importsToLoad());
        Set<String> accepted = ReductionGuard.accepted(chunkContext.getStepContext().getStepExecution().getJobParameters());
        pending.forEach(file -> publish(file, reference, accepted));
        return RepeatStatus.FINISHED;
    }

    private void publish(Pending pending, ReferenceData reference, Set<String> accepted) {
        PublishedLayout layout = pending.kind().publishedLayout().orElseThrow();
        long id = pending.file().id();
        requireUnchangedSinceCheck(pending);
        int year = pending.kind().yearOf(pending.path());
        WholeFile<PublishedRow> file = WholeFile.read(pending.path(), pending.kind().columns(),
                new PublishedRowValidator(layout, year, reference));
        ImportedFile counted = recordAccounting(id, file);
        if (threshold.exceededBy(counted)) {
            throw new RejectRateExceededException(threshold.describe(counted) + " Rien n'est publié : corrigez le fichier et relancez.");
        }
        checkReduction(counted.fileName(), accepted, layout, year, file.accepted());
        List<Long> earlier = table.importsHolding(layout.source(), year);
        int replaced = table.deleteYear(layout.source(), year);
        long figures = table.insert(id, file.accepted(), reference);
        earlier.stream().filter(other -> other != id).forEach(this::supersede);
        registry.markStatus(id, ImportStatus.PUBLISHED);
        long masked = file.accepted().stream().map(ValidatedRow::value).flatMap(row -> row.figures().stream())
                .filter(figure -> figure.value().isMasked()).count();
        log.info(String.format(Locale.FRANCE, "%s publié (%s, %d) : %,d lignes lues = %,d retenues + %,d rejetées "
                        + "(%,d avec avertissement) ; %,d chiffres dont %,d masqués%s", counted.fileName(), layout.source().label(),
                year, file.rowsRead(), file.accepted().size(), file.rejected().size(), file.rowsWarned(), figures, masked,
                replaced == 0 ? "" : String.format(Locale.FRANCE, ", à la place des %,d chiffres importés auparavant pour %d", replaced, year)));
    }

    /** A year's figures that would fall by much — a truncated base — are held back, as would its establishments. */
    private void checkReduction(String fileName, Set<String> accepted, PublishedLayout layout, int year,
                                List<ValidatedRow<PublishedRow>> rows) {
        OfficialStatisticTable.Extent before = table.extent(layout.source(), year);
        if (before.figures() == 0) {
            return;
        }
        long figures = rows.stream().mapToLong(row -> row.value().figures().size()).sum();
        long establishments = rows.stream().flatMap(row -> row.value().figures().stream()).map(figure -> figure.finess()).distinct().count();
        String scope = layout.source().label() + " " + year;
        reductionGuard.check(fileName, accepted, "chiffres", List.of(new ReductionGuard.Change(scope, before.figures(), figures)));
        reductionGuard.check(fileName, accepted, "établissements",
                List.of(new ReductionGuard.Change(scope, before.establishments(), establishments)));
    }

    /** Rejects, warnings and counts (rows read = accepted + rejected), in the step's transaction. */
    private ImportedFile recordAccounting(long id, WholeFile<PublishedRow> file) {
        problems.writeRejects(id, file.rejected());
        problems.writeWarnings(id, file.accepted());
        registry.setCounts(id, file.rowsRead(), file.accepted().size(), file.rejected().size(), file.rowsWarned());
        return registry.find(id).orElseThrow();
    }

    private static void requireUnchangedSinceCheck(Pending pending) {
        if (!FileInspector.inspect(pending.path()).sha256().equals(pending.file().sha256())) {
            throw new IllegalStateException("Le fichier " + pending.path().getFileName() + " a changé depuis le contrôle des "
                    + "entrées de cette exécution ; relancez l'exécution pour qu'il soit relu en entier");
        }
    }

    /** An earlier file whose figures were all just replaced: no longer what readers see. */
    private void supersede(long importFileId) {
        jdbc.sql("UPDATE import_file SET status = ? WHERE id = ?").params(ImportStatus.SUPERSEDED.name(), importFileId).update();
    }
}
