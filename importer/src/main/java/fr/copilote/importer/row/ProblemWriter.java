package fr.copilote.importer.row;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Records the problems of validated rows: broken rules to the reject table, warnings to the warning table. */
public final class ProblemWriter {

    /** Longest raw line kept in the reject table; the reject file quotes the same excerpt. */
    public static final int RAW_LINE_LIMIT = 2000;

    private static final String INSERT_REJECT = "INSERT INTO import_reject (import_file_id, line_number, seq, column_name, "
            + "rule, message, raw_line) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_WARNING = "INSERT INTO import_warning (import_file_id, line_number, seq, column_name, "
            + "rule, message) VALUES (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public ProblemWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void writeRejects(long importFileId, List<? extends ValidatedRow<?>> rows) {
        write(INSERT_REJECT, importFileId, rows, true);
    }

    public void writeWarnings(long importFileId, List<? extends ValidatedRow<?>> rows) {
        write(INSERT_WARNING, importFileId, rows, false);
    }

    private record Entry(ValidatedRow<?> row, int seq, RowProblem problem) {
    }

    private void write(String sql, long importFileId, List<? extends ValidatedRow<?>> rows, boolean rejects) {
        List<Entry> entries = new ArrayList<>();
        for (ValidatedRow<?> row : rows) {
            List<RowProblem> problems = rejects ? row.problems() : row.warnings();
            for (int i = 0; i < problems.size(); i++) {
                entries.add(new Entry(row, i + 1, problems.get(i)));
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, entries, entries.size(), (statement, entry) -> {
            statement.setLong(1, importFileId);
            statement.setLong(2, entry.row().lineNumber());
            statement.setInt(3, entry.seq());
            statement.setString(4, entry.problem().column());
            statement.setString(5, entry.problem().rule());
            statement.setString(6, truncate(entry.problem().message(), 1000));
            if (rejects) {
                statement.setString(7, truncate(entry.row().row().raw(), RAW_LINE_LIMIT));
            }
        });
    }

    private static String truncate(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
