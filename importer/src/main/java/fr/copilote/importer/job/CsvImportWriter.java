package fr.copilote.importer.job;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.row.ProblemWriter;
import fr.copilote.importer.row.RowTable;
import fr.copilote.importer.row.ValidatedRow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one chunk of validated rows in the chunk's transaction: accepted rows to their table, each broken
 * rule to the reject table, each warning to the warning table, and the chunk's accounting and resume
 * position to the import registry. Committed together or not at all, so counts stay exact whatever happens
 * to the process.
 */
class CsvImportWriter<T> {

    private final JdbcTemplate jdbc;
    private final ImportRegistry registry;
    private final ProblemWriter problems;
    private final RowTable<T> table;
    private final long importFileId;

    CsvImportWriter(JdbcTemplate jdbc, ImportRegistry registry, RowTable<T> table, long importFileId) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.problems = new ProblemWriter(jdbc);
        this.table = table;
        this.importFileId = importFileId;
    }

    void write(List<? extends ValidatedRow<T>> chunk, long linesConsumed) {
        List<ValidatedRow<T>> accepted = new ArrayList<>(chunk.size());
        List<ValidatedRow<T>> rejected = new ArrayList<>();
        long warned = 0;
        for (ValidatedRow<T> row : chunk) {
            if (row.isAccepted()) {
                accepted.add(row);
                warned += row.warnings().isEmpty() ? 0 : 1;
            } else {
                rejected.add(row);
            }
        }
        if (!accepted.isEmpty()) {
            jdbc.batchUpdate(table.insertSql(), accepted, accepted.size(), (statement, row) -> {
                statement.setLong(1, importFileId);
                statement.setLong(2, row.lineNumber());
                table.bindValue(statement, row.value());
            });
        }
        problems.writeWarnings(importFileId, accepted);
        problems.writeRejects(importFileId, rejected);
        registry.addChunk(importFileId, chunk.size(), accepted.size(), rejected.size(), warned, linesConsumed);
    }
}
