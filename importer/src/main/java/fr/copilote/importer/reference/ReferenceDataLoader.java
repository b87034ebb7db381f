package fr.copilote.importer.reference;

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

    public ReferenceDataLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param loadingImports the imports the current run is loading, visible to it before they are published */
    public ReferenceData load(Collection<Long> loadingImports) {
        Map<String, String> legalEntities = new HashMap<>();
        jdbc.sql("SELECT finess, legal_entity FROM establishment").query(rs -> {
            legalEntities.put(rs.getString(1), rs.getString(2));
            legalEntities.putIfAbsent(rs.getString(2), rs.getString(2));
        });
        jdbc.sql("SELECT finess FROM legal_entity").query(rs -> {
            legalEntities.putIfAbsent(rs.getString(1), rs.getString(1));
        });
        Integer year = jdbc.sql("SELECT MAX(directory_year) FROM establishment").query(Integer.class).optional().orElse(0);
        String visible = " JOIN import_file f ON f.id = t.import_file_id WHERE f.status = 'PUBLISHED'"
                + (loadingImports.isEmpty() ? "" : " OR f.id IN (" + loadingImports.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")) + ")");
        Set<String> territories = new HashSet<>(jdbc.sql("SELECT DISTINCT t.territory_code FROM territory_membership t" + visible)
                .query(String.class).list());
        Set<String> conventions = new HashSet<>(jdbc.sql("SELECT DISTINCT t.convention_id FROM convention t" + visible)
                .query(String.class).list());
        return new ReferenceData(year == null ? 0 : year, legalEntities, territories, conventions);
    }
}
