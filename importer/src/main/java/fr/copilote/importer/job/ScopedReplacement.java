package fr.copilote.importer.job;

import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.model.text.FrenchDates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a row file replaces when it is published: for each scope it brings (a territory, a convention id, a month of
 * activity), the rows earlier published files brought for it. Counted once, per earlier file and scope, so that the
 * fall can be checked ({@link ReductionGuard}) and the rows removed by the index of each earlier file — a whole file at
 * a time when all of its scopes are replaced — rather than by a correlated sub-query over the whole table.
 */
final class ScopedReplacement {

    /** Scopes per DELETE: keeps the statement's parameter list short on every database. */
    private static final int SCOPES_PER_DELETE = 500;

    /** The column that says which rows a file replaces, how to read it and how to name it to an admin. */
    enum Scope {
        TERRITORY("territory_code", "adhésions aux territoires"),
        CONVENTION("convention_id", "conventions"),
        MONTH("period", "lignes d'activité"),
        OBJECTIVES("territory_code", "objectifs");

        private final String column;
        private final String unit;

        Scope(String column, String unit) {
            this.column = column;
            this.unit = unit;
        }

        static Scope of(ImportedFile file) {
            return switch (file.kind()) {
                case TERRITOIRES -> TERRITORY;
                case CONVENTIONS -> CONVENTION;
                case ACTIVITE -> MONTH;
                case OBJECTIFS -> OBJECTIVES;
                default -> throw new IllegalStateException(file.kind() + " is not replaced by scope");
            };
        }

        Object read(ResultSet rs, int column) throws SQLException {
            return this == MONTH ? rs.getObject(column, LocalDate.class) : rs.getString(column);
        }

        String label(Object value) {
            return value instanceof LocalDate month ? month.format(FrenchDates.MONTH) : String.valueOf(value);
        }

        String unit() {
            return unit;
        }
    }

    private final JdbcClient jdbc;
    private final Scope scope;
    private final String table;
    private final Map<Object, Long> brought;
    /** Per earlier published file: its rows per scope, all of them. */
    private final Map<Long, Map<Object, Long>> earlier;

    private ScopedReplacement(JdbcClient jdbc, ImportedFile file, Map<Object, Long> brought, Map<Long, Map<Object, Long>> earlier) {
        this.jdbc = jdbc;
        this.scope = Scope.of(file);
        this.table = file.kind().rowTable();
        this.brought = brought;
        this.earlier = earlier;
    }

    static ScopedReplacement of(JdbcClient jdbc, ImportedFile file) {
        Scope scope = Scope.of(file);
        String table = file.kind().rowTable();
        Map<Object, Long> brought = new LinkedHashMap<>();
        jdbc.sql("SELECT " + scope.column + ", COUNT(*) FROM " + table + " WHERE import_file_id = ? GROUP BY " + scope.column)
                .param(file.id()).query(rs -> {
                    brought.put(scope.read(rs, 1), rs.getLong(2));
                });
        List<Long> published = jdbc.sql("SELECT id FROM import_file WHERE kind = ? AND status = ? AND id <> ?")
                .params(file.kind().name(), ImportStatus.PUBLISHED.name(), file.id()).query(Long.class).list();
        Map<Long, Map<Object, Long>> earlier = new TreeMap<>();
        if (!published.isEmpty()) {
            jdbc.sql("SELECT import_file_id, " + scope.column + ", COUNT(*) FROM " + table + " WHERE import_file_id IN (:published) "
                            + "GROUP BY import_file_id, " + scope.column)
                    .param("published", published).query(rs -> {
                        earlier.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(scope.read(rs, 2), rs.getLong(3));
                    });
        }
        return new ScopedReplacement(jdbc, file, brought, earlier);
    }

    String unit() {
        return scope.unit();
    }

    /** For each scope the file brings and earlier files held: what is published now, what the file brings. */
    List<ReductionGuard.Change> changes() {
        List<ReductionGuard.Change> changes = new ArrayList<>();
        brought.forEach((value, rows) -> {
            long before = earlier.values().stream().mapToLong(scopes -> scopes.getOrDefault(value, 0L)).sum();
            if (before > 0) {
                changes.add(new ReductionGuard.Change(scope.label(value), before, rows));
            }
        });
        return changes;
    }

    /** Removes the earlier rows of the scopes the file brings; an earlier file left with no row is superseded. */
    long apply() {
        long removed = 0;
        Set<Object> replaced = brought.keySet();
        for (Map.Entry<Long, Map<Object, Long>> other : earlier.entrySet()) {
            List<Object> hit = other.getValue().keySet().stream().filter(replaced::contains).toList();
            if (hit.isEmpty()) {
                continue;
            }
            if (hit.size() == other.getValue().size()) {
                removed += jdbc.sql("DELETE FROM " + table + " WHERE import_file_id = ?").param(other.getKey()).update();
                jdbc.sql("UPDATE import_file SET status = ? WHERE id = ?").params(ImportStatus.SUPERSEDED.name(), other.getKey()).update();
                continue;
            }
            for (int from = 0; from < hit.size(); from += SCOPES_PER_DELETE) {
                removed += jdbc.sql("DELETE FROM " + table + " WHERE import_file_id = :file AND " + scope.column + " IN (:scopes)")
                        .param("file", other.getKey()).param("scopes", hit.subList(from, Math.min(hit.size(), from + SCOPES_PER_DELETE)))
                        .update();
            }
        }
        return removed;
    }
}
