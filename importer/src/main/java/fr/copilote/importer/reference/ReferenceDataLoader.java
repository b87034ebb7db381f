package fr.copilote.importer.reference;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.store.DirectoryStore;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the reference data rows are checked against. Rows count when their file is published, or when the
 * current run is loading it — even when a restart resumes a load an earlier attempt of the run began:
 * activity may name a convention that arrives in tonight's conventions file.
 */
public class ReferenceDataLoader {

    private final JdbcClient jdbc;
    private final DirectoryStore directory;

    public ReferenceDataLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.directory = new DirectoryStore(jdbc);
    }

    /** @param loadingImports the imports the current run is loading, visible to it before they are published */
    public ReferenceData load(Collection<Long> loadingImports) {
        String visible = visibleTo(loadingImports);
        Map<String, Set<Finess>> members = new HashMap<>();
        jdbc.sql("SELECT DISTINCT t.territory_code, t.legal_entity FROM territory_membership t" + visible).query(rs -> {
            members.computeIfAbsent(rs.getString(1), code -> new HashSet<>()).add(new Finess(rs.getString(2)));
        });
        Set<String> territories = new HashSet<>(members.keySet());
        Set<String> conventions = new HashSet<>();
        Map<String, LocalDate> ends = new HashMap<>();
        jdbc.sql("SELECT t.convention_id, t.end_date FROM convention t" + visible).query(rs -> {
            conventions.add(rs.getString(1));
            LocalDate end = rs.getObject(2, LocalDate.class);
            if (end != null) {
                ends.merge(rs.getString(1), end, (a, b) -> a.isAfter(b) ? a : b);
            }
        });
        return new ReferenceData(directory.load(), territories, conventions, ends, members);
    }

    /** A join and filter keeping rows (aliased {@code t}) of published files or of the given imports. */
    public static String visibleTo(Collection<Long> loadingImports) {
        return " JOIN import_file f ON f.id = t.import_file_id WHERE (f.status = 'PUBLISHED'"
                + (loadingImports.isEmpty() ? "" : " OR f.id IN (" + loadingImports.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")) + ")") + ")";
    }
}
