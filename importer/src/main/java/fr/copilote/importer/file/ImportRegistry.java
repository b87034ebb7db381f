package fr.copilote.importer.file;

import fr.copilote.importer.csv.FileFingerprint;
import fr.copilote.importer.csv.UnreadColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The register of every file an import has seen: fingerprint, accounting, status, the header columns it left
 * unread; and, per execution, the entries of the input folder it did not read at all.
 */
public class ImportRegistry {

    private static final String COLUMNS = "id, kind, file_name, sha256, size_bytes, encoding, separator_char, rows_read, "
            + "rows_accepted, rows_rejected, rows_warned, lines_consumed, status, job_execution_id, started_at, finished_at";

    private final JdbcClient jdbc;

    public ImportRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published file of that kind with the same content, if any. */
    public Optional<ImportedFile> findPublished(InputKind kind, String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_file WHERE kind = ? AND sha256 = ? AND status = 'PUBLISHED' ORDER BY id DESC")
                .params(kind.name(), sha256).query(ImportRegistry::map).stream().findFirst();
    }

    /** Whether rows of that kind were ever published: what a run may go on with when its file is missing. */
    public boolean hasPublished(InputKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM import_file WHERE kind = ? AND status = 'PUBLISHED'").param(kind.name())
                .query(Long.class).single() > 0;
    }

    public Optional<ImportedFile> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_file WHERE id = ?").param(id).query(ImportRegistry::map).optional();
    }

    public List<ImportedFile> forExecution(long jobExecutionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_file WHERE job_execution_id = ? ORDER BY id")
                .param(jobExecutionId).query(ImportRegistry::map).list();
    }

    public long register(InputKind kind, FileFingerprint file, String separator, ImportStatus status, long jobExecutionId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO import_file (kind, file_name, sha256, size_bytes, encoding, separator_char, rows_read, "
                        + "rows_accepted, rows_rejected, rows_warned, lines_consumed, status, job_execution_id, started_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 1, ?, ?, ?)")
                .params(kind.name(), file.fileName(), file.sha256(), file.sizeBytes(), file.encodingLabel(), separator,
                        status.name(), jobExecutionId, LocalDateTime.now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Records the entries of the input folder that an execution did not read, with why, in place of what the same
     * execution recorded before.
     */
    public void recordIgnored(long jobExecutionId, List<IgnoredFile> files) {
        jdbc.sql("DELETE FROM ignored_file WHERE job_execution_id = ?").param(jobExecutionId).update();
        for (IgnoredFile file : files) {
            jdbc.sql("INSERT INTO ignored_file (job_execution_id, file_name, reason) VALUES (?, ?, ?)")
                    .params(jobExecutionId, file.fileName(), file.reason()).update();
        }
    }

    /** The entries of the input folder the execution did not read, in name order. */
    public List<IgnoredFile> ignoredFiles(long jobExecutionId) {
        return jdbc.sql("SELECT file_name, reason FROM ignored_file WHERE job_execution_id = ? ORDER BY file_name")
                .param(jobExecutionId).query((rs, n) -> new IgnoredFile(rs.getString(1), rs.getString(2))).list();
    }

    /** Records the header columns of a registered file that the import does not read. */
    public void recordUnreadColumns(long id, List<UnreadColumn> columns) {
        for (UnreadColumn column : columns) {
            jdbc.sql("INSERT INTO unread_column (import_file_id, column_number, column_name, reason) VALUES (?, ?, ?, ?)")
                    .params(id, column.number(), column.name(), column.reason()).update();
        }
    }

    /** The header columns of a registered file that the import does not read, in header order. */
    public List<UnreadColumn> unreadColumns(long id) {
        return jdbc.sql("SELECT column_number, column_name, reason FROM unread_column WHERE import_file_id = ? ORDER BY column_number")
                .param(id).query((rs, n) -> new UnreadColumn(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * Adds one chunk's accounting and moves the resume position past it. Runs inside the chunk's transaction,
     * so that counts and position stay exact whatever happens to the process: a restart resumes from here.
     */
    public void addChunk(long id, long read, long accepted, long rejected, long warned, long linesConsumed) {
        jdbc.sql("UPDATE import_file SET rows_read = rows_read + ?, rows_accepted = rows_accepted + ?, "
                        + "rows_rejected = rows_rejected + ?, rows_warned = rows_warned + ?, lines_consumed = ? WHERE id = ?")
                .params(read, accepted, rejected, warned, linesConsumed, id).update();
    }

    public void setCounts(long id, long read, long accepted, long rejected, long warned) {
        jdbc.sql("UPDATE import_file SET rows_read = ?, rows_accepted = ?, rows_rejected = ?, rows_warned = ? WHERE id = ?")
                .params(read, accepted, rejected, warned, id).update();
    }

    public void markStatus(long id, ImportStatus status) {
        jdbc.sql("UPDATE import_file SET status = ?, finished_at = ? WHERE id = ?")
                .params(status.name(), LocalDateTime.now(), id).update();
    }

    /**
     * The most frequent reject rules of a file, most frequent first, each with its count and one of its messages
     * as an example: « RULE (n lignes), ex. : message ».
     */
    public List<String> topRejectRules(long id, int limit) {
        return topRules("import_reject", id, limit);
    }

    /** The most frequent warning rules of a file, written as {@link #topRejectRules}. */
    public List<String> topWarningRules(long id, int limit) {
        return topRules("import_warning", id, limit);
    }

    /** The first rejects of a file, in line order: what an admin reads before opening the reject report. */
    public List<RecordedReject> firstRejects(long id, int limit) {
        return jdbc.sql("SELECT line_number, column_name, rule, message FROM import_reject WHERE import_file_id = ? "
                        + "ORDER BY line_number, seq FETCH FIRST " + limit + " ROWS ONLY").param(id)
                .query((rs, n) -> new RecordedReject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    private List<String> topRules(String table, long id, int limit) {
        return jdbc.sql("SELECT rule, COUNT(*), MIN(message) FROM " + table + " WHERE import_file_id = ? GROUP BY rule "
                        + "ORDER BY COUNT(*) DESC, rule FETCH FIRST " + limit + " ROWS ONLY").param(id)
                .query((rs, n) -> String.format(Locale.FRANCE, "%s (%,d ligne%s), ex. : %s", rs.getString(1), rs.getLong(2),
                        rs.getLong(2) > 1 ? "s" : "", rs.getString(3))).list();
    }

    private static ImportedFile map(ResultSet rs, int row) throws SQLException {
        return new ImportedFile(rs.getLong("id"), InputKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("encoding"), rs.getString("separator_char"),
                rs.getLong("rows_read"), rs.getLong("rows_accepted"), rs.getLong("rows_rejected"), rs.getLong("rows_warned"),
                rs.getLong("lines_consumed"), ImportStatus.valueOf(rs.getString("status")), (Long) rs.getObject("job_execution_id", Long.class),
                rs.getObject("started_at", LocalDateTime.class), rs.getObject("finished_at", LocalDateTime.class));
    }
}
