package fr.copilote.scheduler.history;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.job.ImportPlan;
import fr.copilote.importer.job.RejectReportTasklet;
import fr.copilote.scheduler.nightly.NightlyParameters;
import fr.copilote.scheduler.reporting.WrittenWorkbooks;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the runs: the list straight from the job repository's tables (one query, counts summed per execution,
 * whatever the number of executions kept), one execution through {@link JobRepository} and the import registry.
 */
public class ExecutionHistory {

    private static final int REJECTS_SHOWN = 20;

    private final JdbcClient jdbc;
    private final JobRepository jobRepository;
    private final ImportRegistry registry;

    public ExecutionHistory(JdbcClient jdbc, JobRepository jobRepository, ImportRegistry registry) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.registry = registry;
    }

    public List<ExecutionSummary> recent(ExecutionFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.from() != null) {
            where.append(" AND p.PARAMETER_VALUE >= ?");
            params.add(filter.from().toString());
        }
        if (filter.to() != null) {
            where.append(" AND p.PARAMETER_VALUE <= ?");
            params.add(filter.to().toString());
        }
        if (filter.status() != null) {
            where.append(" AND e.STATUS = ?");
            params.add(filter.status().name());
        }
        return jdbc.sql("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, p.PARAMETER_VALUE, e.STATUS, e.EXIT_CODE, e.EXIT_MESSAGE, "
                        + "e.START_TIME, e.END_TIME, "
                        + "(SELECT COALESCE(SUM(s.READ_COUNT), 0) FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID), "
                        + "(SELECT COALESCE(SUM(s.WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID), "
                        + "(SELECT COALESCE(SUM(s.READ_SKIP_COUNT + s.PROCESS_SKIP_COUNT + s.WRITE_SKIP_COUNT), 0) "
                        + "FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID), "
                        + "(SELECT COALESCE(SUM(f.rows_rejected), 0) FROM import_file f WHERE f.job_execution_id = e.JOB_EXECUTION_ID) "
                        + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                        + "LEFT JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = '"
                        + NightlyParameters.BUSINESS_DATE + "'" + where
                        + " ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST " + Math.max(1, filter.limit()) + " ROWS ONLY")
                .params(params).query(ExecutionHistory::summary).list();
    }

    public Optional<ExecutionSummary> summary(long id) {
        return detail(id).map(ExecutionDetail::summary);
    }

    public Optional<ExecutionDetail> detail(long id) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(id);
        } catch (EmptyResultDataAccessException e) {
            return Optional.empty();
        }
        if (execution == null) {
            return Optional.empty();
        }
        ExecutionContext context = execution.getExecutionContext();
        List<FileReport> files = ImportPlan.of(context).registeredImports().stream()
                .map(registry::find).flatMap(Optional::stream)
                .map(file -> new FileReport(file, registry.topRejectRules(file.id(), 3), registry.firstRejects(file.id(), REJECTS_SHOWN),
                        registry.unreadColumns(file.id())))
                .toList();
        List<StepSummary> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .map(ExecutionHistory::step).toList();
        long read = steps.stream().mapToLong(StepSummary::read).sum();
        long written = steps.stream().mapToLong(StepSummary::written).sum();
        long skipped = steps.stream().mapToLong(StepSummary::skipped).sum();
        long rejected = files.stream().filter(f -> f.file().jobExecutionId() != null && f.file().jobExecutionId() == id)
                .mapToLong(f -> f.file().rowsRejected()).sum();
        LocalDate date = execution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
        ExecutionSummary summary = new ExecutionSummary(id, execution.getJobInstance().getJobName(), date, execution.getStatus(),
                execution.getExitStatus().getExitCode(), firstLine(execution.getExitStatus().getExitDescription()),
                execution.getStartTime(), execution.getEndTime(), read, written, skipped, rejected);
        Map<String, String> parameters = ParameterLabels.of(execution.getJobParameters());
        String failure = execution.getStatus() == BatchStatus.FAILED ? FailureMessages.reason(execution) : null;
        return Optional.of(new ExecutionDetail(summary, parameters, steps, files, registry.ignoredFiles(id),
                paths(context, RejectReportTasklet.REJECT_REPORTS), WrittenWorkbooks.of(execution), failure));
    }

    private static StepSummary step(StepExecution step) {
        return new StepSummary(step.getStepName(), step.getStatus(), step.getReadCount(), step.getWriteCount(), step.getSkipCount(),
                step.getCommitCount(), step.getRollbackCount(), step.getStartTime(), step.getEndTime(),
                firstLine(step.getExitStatus().getExitDescription()));
    }

    private static List<Path> paths(ExecutionContext context, String key) {
        if (!context.containsKey(key)) {
            return List.of();
        }
        return Arrays.stream(context.getString(key).split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    private static String firstLine(String text) {
        return FailureMessages.fromExitDescription(text).orElse("");
    }

    private static ExecutionSummary summary(ResultSet rs, int row) throws SQLException {
        String date = rs.getString(3);
        return new ExecutionSummary(rs.getLong(1), rs.getString(2), date == null ? null : LocalDate.parse(date),
                BatchStatus.valueOf(rs.getString(4)), rs.getString(5), firstLine(rs.getString(6)), time(rs.getTimestamp(7)),
                time(rs.getTimestamp(8)), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12));
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
