package fr.copilote.importer.job;

import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows loaded by an import that will never be published: removed, and the import marked failed. */
class StagedRows {

    private final JdbcClient jdbc;

    StagedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void discard(ImportedFile file) {
        if (!file.kind().isDirectory()) {
            jdbc.sql("DELETE FROM " + file.kind().rowTable() + " WHERE import_file_id = ?").param(file.id()).update();
        }
        jdbc.sql("DELETE FROM import_reject WHERE import_file_id = ?").param(file.id()).update();
        jdbc.sql("DELETE FROM import_warning WHERE import_file_id = ?").param(file.id()).update();
        jdbc.sql("UPDATE import_file SET status = ? WHERE id = ?").params(ImportStatus.FAILED.name(), file.id()).update();
    }
}
