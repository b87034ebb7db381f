package fr.copilote.model.store;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.objective.Objective;
import fr.copilote.model.objective.ObjectiveDirection;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.territory.TerritoryCode;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the published objectives of {@code objectifs.csv}, in the order the file gives them. */
public class ObjectiveStore {

    private final JdbcClient jdbc;

    public ObjectiveStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<Objective> published(TerritoryCode territory) {
        return jdbc.sql("SELECT t.territory_code, t.care_pathway, t.indicator, t.activity_type, t.finess, t.legal_entity, "
                        + "t.objective_year, t.target, t.direction FROM objective t" + ConsolidationSource.PUBLISHED
                        + "WHERE t.territory_code = ? ORDER BY t.import_file_id, t.line_number")
                .param(territory.value())
                .query((rs, n) -> new Objective(new TerritoryCode(rs.getString(1)),
                        rs.getString(2) == null ? null : CarePathway.valueOf(rs.getString(2)), Indicator.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : ActivityType.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : new Finess(rs.getString(5)),
                        rs.getString(6) == null ? null : new Finess(rs.getString(6)), rs.getInt(7), rs.getBigDecimal(8),
                        rs.getString(9) == null ? null : ObjectiveDirection.valueOf(rs.getString(9))))
                .list();
    }
}
