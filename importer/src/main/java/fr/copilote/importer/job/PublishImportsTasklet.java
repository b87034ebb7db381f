package fr.copilote.importer.job;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.InputKind;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes the rows loaded by this run visible, all files at once in the step's single transaction, after
 * checking each file's accounting (rows read = accepted + rejected, and the tables agree) and its reject
 * rate. A corrected file replaces, in that same transaction, the rows an earlier file brought for the same
 * scope: the same territories, the same convention ids, the same months of activity, the same territories' objectives — unless it would remove a large
 * share of them ({@link ReductionGuard}): then nothing is published. A concurrent reader sees the old figures or the
 * new ones, never a gap or a double count.
 */
public class PublishImportsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishImportsTasklet.class);
    private static final List<InputKind> ROW_KINDS = List.of(InputKind.TERRITOIRES, InputKind.CONVENTIONS, InputKind.ACTIVITE,
            InputKind.OBJECTIFS);

    private final JdbcClient jdbc;
    private final ImportRegistry registry;
    private final RejectThreshold threshold;
    private final ReductionGuard reductionGuard;

    public PublishImportsTasklet(JdbcClient jdbc, ImportRegistry registry, ImportProperties properties) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.threshold = new RejectThreshold(jdbc, properties.maxRejectRate());
        this.reductionGuard = new ReductionGuard(properties.maxReduction());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportPlan plan = ImportPlan.of(chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
        List<ImportedFile> loaded = new ArrayList<>();
        for (InputKind kind : ROW_KINDS) {
            plan.importToLoad(kind).flatMap(registry::find)
                    .filter(file -> file.status() == ImportStatus.LOADING)
                    .ifPresent(loaded::add);
        }
        loaded.forEach(this::checkAccounting);
        List<String> overThreshold = loaded.stream().filter(threshold::exceededBy).map(threshold::describe).toList();
        if (!overThreshold.isEmpty()) {
            throw new RejectRateExceededException(String.join(" ", overThreshold)
                    + " Rien n'est publié : corrigez le fichier et relancez.");
        }
        Set<String> accepted = ReductionGuard.accepted(chunkContext.getStepContext().getStepExecution().getJobParameters());
        List<ScopedReplacement> replacements = new ArrayList<>();
        for (ImportedFile file : loaded) {
            ScopedReplacement replacement = ScopedReplacement.of(jdbc, file);
            reductionGuard.check(file.fileName(), accepted, replacement.unit(), replacement.changes());
            replacements.add(replacement);
        }
        for (int i = 0; i < loaded.size(); i++) {
            ImportedFile file = loaded.get(i);
            replaceEarlierRows(file, replacements.get(i));
            registry.markStatus(file.id(), ImportStatus.PUBLISHED);
            log.info(String.format(Locale.FRANCE, "%s publié : %,d lignes lues = %,d retenues + %,d rejetées (%,d avec avertissement)",
                    file.fileName(), file.rowsRead(), file.rowsAccepted(), file.rowsRejected(), file.rowsWarned()));
        }
        return RepeatStatus.FINISHED;
    }

    private void checkAccounting(ImportedFile file) {
        long inTable = jdbc.sql("SELECT COUNT(*) FROM " + file.kind().rowTable() + " WHERE import_file_id = ?")
                .param(file.id()).query(Long.class).single();
        long rejectedLines = jdbc.sql("SELECT COUNT(DISTINCT line_number) FROM import_reject WHERE import_file_id = ?")
                .param(file.id()).query(Long.class).single();
        if (file.rowsRead() != file.rowsAccepted() + file.rowsRejected() || inTable != file.rowsAccepted()
                || rejectedLines != file.rowsRejected()) {
            throw new IllegalStateException(String.format(Locale.FRANCE, "Comptes incohérents pour %s (import n° %d) : "
                    + "%d lues, %d retenues (%d en base), %d rejetées (%d en base). Rien n'est publié.", file.fileName(), file.id(),
                    file.rowsRead(), file.rowsAccepted(), inTable, file.rowsRejected(), rejectedLines));
        }
    }

    private void replaceEarlierRows(ImportedFile file, ScopedReplacement replacement) {
        long replaced = replacement.apply();
        if (replaced > 0) {
            log.info(String.format(Locale.FRANCE, "%s remplace %,d lignes importées auparavant pour le même périmètre", file.fileName(), replaced));
        }
    }
}
