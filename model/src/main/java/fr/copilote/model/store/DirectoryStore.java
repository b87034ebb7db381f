package fr.copilote.model.store;

import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.GeoPoint;
import fr.copilote.model.establishment.LegalStatus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The establishment directory as the database holds it. */
public class DirectoryStore {

    private final JdbcClient jdbc;

    public DirectoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Establishment> sites() {
        return jdbc.sql("SELECT finess, legal_entity, name, category, departement, commune, latitude, longitude, legal_status "
                        + "FROM establishment")
                .query((rs, n) -> new Establishment(new Finess(rs.getString(1)), new Finess(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7) == null ? null : new GeoPoint(rs.getDouble(7), rs.getDouble(8)),
                        rs.getString(9) == null ? null : LegalStatus.valueOf(rs.getString(9))))
                .list();
    }

    /** The legal entities with at least one public site (SAE stjr = 1). */
    public Set<Finess> publicLegalEntities() {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT legal_entity FROM establishment WHERE legal_status = 'PUBLIC'")
                .query((rs, n) -> new Finess(rs.getString(1))).list());
    }

    public EstablishmentDirectory load() {
        Map<Finess, String> names = new HashMap<>();
        // Only the names of the ST base are the entity's own; the others the directory works out again from its sites.
        jdbc.sql("SELECT finess, name FROM legal_entity WHERE name_source IS NULL OR name_source = 'ST'").query(rs -> {
            names.put(new Finess(rs.getString(1)), rs.getString(2));
        });
        int year = jdbc.sql("SELECT COALESCE(MAX(directory_year), 0) FROM establishment").query(Integer.class).single();
        return new EstablishmentDirectory(year, sites(), names);
    }
}
