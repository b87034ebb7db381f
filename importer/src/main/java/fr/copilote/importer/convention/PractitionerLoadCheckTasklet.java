package fr.copilote.importer.convention;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.job.ImportPlan;
import fr.copilote.importer.reference.ReferenceDataLoader;
import fr.copilote.model.text.FrenchDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Flags — without rejecting — the conventions of tonight's file whose practitioner would work more than ten
 * half-days a week in total on some day, counting every signed convention known (published or in tonight's
 * file). A check across rows, so it runs once the file is loaded; it replaces its own earlier warnings, so a
 * restart leaves exactly one warning per row concerned.
 */
public class PractitionerLoadCheckTasklet implements Tasklet {

    public static final String WARNING_OVERLOAD = "PRATICIEN_PLUS_DE_10_DEMI_JOURNEES";

    private static final Logger log = LoggerFactory.getLogger(PractitionerLoadCheckTasklet.class);
    private static final BigDecimal MAX_HALF_DAYS = BigDecimal.TEN;

    private final JdbcClient jdbc;
    private final ImportRegistry registry;

    private record Term(long importFileId, long line, String id, BigDecimal halfDays, LocalDate start, LocalDate end) {
        boolean inForceOn(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }
    }

    public PractitionerLoadCheckTasklet(JdbcClient jdbc, ImportRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportPlan plan = ImportPlan.of(chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
        Optional<ImportedFile> loading = plan.importToLoad(InputKind.CONVENTIONS).flatMap(registry::find)
                .filter(file -> file.status() == ImportStatus.LOADING);
        if (loading.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        long importId = loading.get().id();
        jdbc.sql("DELETE FROM import_warning WHERE import_file_id = ? AND rule = ?").params(importId, WARNING_OVERLOAD).update();
        Map<String, List<Term>> byPractitioner = new LinkedHashMap<>();
        jdbc.sql("SELECT t.practitioner_rpps, t.import_file_id, t.line_number, t.convention_id, t.half_days_per_week, "
                        + "t.start_date, t.end_date FROM convention t" + ReferenceDataLoader.visibleTo(List.of(importId))
                        + " AND t.status = 'SIGNEE' ORDER BY t.practitioner_rpps, t.start_date")
                .query(rs -> {
                    byPractitioner.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Term(rs.getLong(2),
                            rs.getLong(3), rs.getString(4), rs.getBigDecimal(5), rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class)));
                });
        int flagged = 0;
        for (Map.Entry<String, List<Term>> practitioner : byPractitioner.entrySet()) {
            flagged += flagOverloads(importId, practitioner.getKey(), practitioner.getValue());
        }
        jdbc.sql("UPDATE import_file SET rows_warned = (SELECT COUNT(DISTINCT line_number) FROM import_warning "
                + "WHERE import_file_id = ?) WHERE id = ?").params(importId, importId).update();
        if (flagged > 0) {
            log.warn("{} convention(s) signalée(s) : praticien à plus de 10 demi-journées par semaine", flagged);
        }
        return RepeatStatus.FINISHED;
    }

    /** Checks the load on each convention's first day — the only days the total can rise. */
    private int flagOverloads(long importId, String rpps, List<Term> terms) {
        int flagged = 0;
        List<Term> alreadyFlagged = new ArrayList<>();
        for (Term candidate : terms) {
            LocalDate day = candidate.start();
            List<Term> inForce = terms.stream().filter(term -> term.inForceOn(day)).toList();
            BigDecimal load = inForce.stream().map(Term::halfDays).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (load.compareTo(MAX_HALF_DAYS) <= 0) {
                continue;
            }
            for (Term term : inForce) {
                if (term.importFileId() == importId && !alreadyFlagged.contains(term)) {
                    alreadyFlagged.add(term);
                    warn(importId, term, String.format(Locale.FRANCE, "le praticien %s cumule %s demi-journées par semaine "
                                    + "le %s sur %d conventions signées (%s) : plus de 10", rpps, load.stripTrailingZeros().toPlainString(),
                            day.format(FrenchDates.DATE), inForce.size(), String.join(", ", inForce.stream().map(Term::id).toList())));
                    flagged++;
                }
            }
        }
        return flagged;
    }

    private void warn(long importId, Term term, String message) {
        jdbc.sql("INSERT INTO import_warning (import_file_id, line_number, seq, column_name, rule, message) "
                        + "SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ? FROM import_warning WHERE import_file_id = ? AND line_number = ?")
                .params(importId, term.line(), ConventionColumns.PRACTITIONER_RPPS, WARNING_OVERLOAD, message, importId, term.line())
                .update();
    }
}
