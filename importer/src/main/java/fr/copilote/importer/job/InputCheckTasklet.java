package fr.copilote.importer.job;

import fr.copilote.importer.csv.CsvFileReader;
import fr.copilote.importer.csv.FileFingerprint;
import fr.copilote.importer.csv.FileInspector;
import fr.copilote.importer.csv.StructuralFileException;
import fr.copilote.importer.csv.UnreadColumn;
import fr.copilote.importer.file.ExpectedInputs;
import fr.copilote.importer.file.IgnoredFile;
import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.InputFolder;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.file.InputsUnusableException;
import fr.copilote.importer.file.MissingInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First step of every import: finds the expected files, checks that each is a readable CSV with the right
 * header — all of them before anything is written — and registers them, with the header columns it will not
 * read. A file whose content was already published is registered as unchanged and will not be imported again.
 * Every other entry of the folder is recorded as ignored, with the reason, so that nothing is left aside in
 * silence. Runs again on restart, so that a file replaced in the meantime is noticed and loaded afresh.
 */
public class InputCheckTasklet implements Tasklet {

    /** Job execution context key: the expected files that were missing, when the run went on without them. */
    public static final String MISSING_INPUTS = "copilote.missing-inputs";

    private static final Logger log = LoggerFactory.getLogger(InputCheckTasklet.class);

    private final ImportRegistry registry;
    private final ExpectedInputs expected;
    private final JdbcClient jdbc;

    private final TransactionTemplate ownTransaction;

    private record Inspected(InputKind kind, Path path, FileFingerprint fingerprint, char separator, List<UnreadColumn> unread) {
    }

    public InputCheckTasklet(ImportRegistry registry, ExpectedInputs expected, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.registry = registry;
        this.expected = expected;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        String input = job.getJobParameters().getString(ImportJobParameters.INPUT_FOLDER);
        if (input == null || input.isBlank()) {
            throw new MissingInputException("Aucun dossier d'entrée indiqué (paramètre « " + ImportJobParameters.INPUT_FOLDER + " »)");
        }
        InputFolder folder = new InputFolder(Path.of(input));
        MissingInputPolicy policy = MissingInputPolicy.of(job.getJobParameters().getString(ImportJobParameters.MISSING_INPUT));
        List<IgnoredFile> ignored = recordIgnored(folder, job.getId());
        List<Inspected> found = inspectAll(folder, policy, job, ignored);
        ImportPlan plan = ImportPlan.of(job.getExecutionContext());
        for (Inspected file : found) {
            register(file, plan, job.getId());
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Says which entries of the folder will not be read, and why — in a transaction of its own, so that the record
     * stays when the run then stops on a missing or broken file: that is when a misnamed file matters most.
     */
    private List<IgnoredFile> recordIgnored(InputFolder folder, long jobExecutionId) {
        List<IgnoredFile> ignored = folder.ignored();
        for (IgnoredFile file : ignored) {
            log.warn("Fichier ignoré du dossier {} : {}", folder.path().toAbsolutePath(), file.message());
        }
        ownTransaction.executeWithoutResult(status -> registry.recordIgnored(jobExecutionId, ignored));
        return ignored;
    }

    /**
     * Inspects every expected file before writing anything, and reports every problem found at once — a missing
     * file and a broken one are both told in the same message, so that one night's fix is complete.
     */
    private List<Inspected> inspectAll(InputFolder folder, MissingInputPolicy policy, JobExecution job, List<IgnoredFile> ignored) {
        List<Inspected> found = new ArrayList<>();
        List<InputKind> missing = new ArrayList<>();
        List<StructuralFileException> broken = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            List<Path> files = folder.filesToRead(kind);
            if (files.isEmpty() && expected.isRequired(kind)) {
                missing.add(kind);
            } else if (files.isEmpty() && kind == InputKind.OBJECTIFS) {
                log.info("{} absent du dossier {} : fichier facultatif, les objectifs déjà publiés restent en vigueur",
                        kind.expectedName(), folder.path().toAbsolutePath());
            }
            try {
                requireOneFilePerYear(kind, files);
            } catch (StructuralFileException e) {
                broken.add(e);
                continue;
            }
            for (Path file : files) {
                FileFingerprint fingerprint = FileInspector.inspect(file);
                try (CsvFileReader reader = CsvFileReader.open(fingerprint, kind.columns())) {
                    found.add(new Inspected(kind, file, fingerprint, reader.header().separator(), reader.header().unreadColumns()));
                } catch (StructuralFileException e) {
                    broken.add(e);
                }
            }
        }
        String brokenText = broken.stream().map(Exception::getMessage).collect(Collectors.joining(" | "));
        if (policy == MissingInputPolicy.PREVIOUS && !missing.isEmpty()
                && missing.stream().allMatch(kind -> registry.hasPublished(kind))) {
            String names = missing.stream().map(InputKind::expectedName).collect(Collectors.joining(", "));
            log.warn("Fichier(s) attendu(s) absent(s) du dossier {} : {} — le traitement continue sur les données déjà publiées",
                    folder.path().toAbsolutePath(), names);
            job.getExecutionContext().putString(MISSING_INPUTS, names);
            missing.clear();
        }
        if (!missing.isEmpty()) {
            boolean previous = policy == MissingInputPolicy.PREVIOUS;
            throw new MissingInputException("Fichier" + (missing.size() > 1 ? "s" : "") + " attendu"
                    + (missing.size() > 1 ? "s" : "") + " absent" + (missing.size() > 1 ? "s" : "") + " du dossier "
                    + folder.path().toAbsolutePath() + " : " + missing.stream().filter(kind -> !previous || !registry.hasPublished(kind))
                    .map(kind -> kind.expectedName() + " (" + kind.label() + ")").collect(Collectors.joining(", "))
                    + (previous ? ", sans données précédentes sur lesquelles continuer" : "")
                    + (broken.isEmpty() ? "" : ". Autres fichiers inutilisables : " + brokenText)
                    + (ignored.isEmpty() ? "" : ". Fichier" + (ignored.size() > 1 ? "s" : "") + " du dossier non lu"
                    + (ignored.size() > 1 ? "s" : "") + " : " + ignored.stream().map(IgnoredFile::message).collect(Collectors.joining(" ; "))));
        }
        if (broken.size() == 1) {
            throw broken.get(0);
        }
        if (!broken.isEmpty()) {
            throw new InputsUnusableException(broken.size() + " fichiers d'entrée inutilisables : " + brokenText);
        }
        return found;
    }

    /** A year's figures replace that year's: two files of one kind for the same year would replace each other. */
    private static void requireOneFilePerYear(InputKind kind, List<Path> files) {
        Map<Integer, Path> byYear = new HashMap<>();
        for (Path file : files) {
            Path other = byYear.putIfAbsent(kind.yearOf(file), file);
            if (other != null) {
                throw new StructuralFileException(file.getFileName().toString(), "même année (" + kind.yearOf(file) + ") que "
                        + other.getFileName() + " : un seul fichier « " + kind.label() + " » par année est admis, "
                        + "car ses chiffres remplacent ceux de l'année. Retirez l'un des deux du dossier");
            }
        }
    }

    private void register(Inspected file, ImportPlan plan, long jobExecutionId) {
        InputKind kind = file.kind();
        Optional<ImportedFile> planned = plan.importToLoad(kind, file.path()).flatMap(registry::find);
        if (planned.isPresent()) {
            ImportedFile earlier = planned.get();
            boolean sameContent = earlier.sha256().equals(file.fingerprint().sha256());
            if (sameContent && (earlier.status() == ImportStatus.LOADING || earlier.status() == ImportStatus.PUBLISHED)) {
                log.info("Reprise : {} inchangé depuis la tentative précédente (import n° {}), repris là où il en était",
                        file.fingerprint().fileName(), earlier.id());
                return;
            }
            if (earlier.status() == ImportStatus.LOADING) {
                log.warn("Reprise : {} a changé depuis la tentative précédente ; l'import n° {} est abandonné et le fichier "
                        + "est relu en entier", file.fingerprint().fileName(), earlier.id());
                new StagedRows(jdbc).discard(earlier);
            }
        }
        String separator = String.valueOf(file.separator());
        Optional<ImportedFile> published = registry.findPublished(kind, file.fingerprint().sha256());
        if (published.isPresent()) {
            ImportedFile same = published.get();
            long id = registry.register(kind, file.fingerprint(), separator, ImportStatus.UNCHANGED, jobExecutionId);
            registry.setCounts(id, same.rowsRead(), same.rowsAccepted(), same.rowsRejected(), same.rowsWarned());
            recordUnread(file, id);
            plan.planUnchanged(kind, file.path(), id);
            log.info("{} : contenu identique au fichier importé le {} (import n° {}) ; rien n'est réimporté",
                    file.fingerprint().fileName(), same.startedAt().toLocalDate(), same.id());
        } else {
            long id = registry.register(kind, file.fingerprint(), separator, ImportStatus.LOADING, jobExecutionId);
            recordUnread(file, id);
            plan.planLoad(kind, file.path(), id);
            log.info("{} : nouveau contenu ({} octets, {}, séparateur « {} »), enregistré comme import n° {}",
                    file.fingerprint().fileName(), file.fingerprint().sizeBytes(), file.fingerprint().encodingLabel(),
                    separator, id);
        }
    }

    /** One warning line per file in the log, with the reasons once each; the registry keeps one row per column. */
    private void recordUnread(Inspected file, long importFileId) {
        List<UnreadColumn> unread = file.unread();
        if (unread.isEmpty()) {
            return;
        }
        registry.recordUnreadColumns(importFileId, unread);
        log.warn("{} : {} [{}] — {}", file.fingerprint().fileName(), UnreadColumn.inOneLine(unread), UnreadColumn.RULE,
                unread.stream().map(UnreadColumn::reason).distinct().collect(Collectors.joining(" ; ")));
    }
}
