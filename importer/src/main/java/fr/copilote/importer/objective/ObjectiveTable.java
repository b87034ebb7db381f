package fr.copilote.importer.objective;

import fr.copilote.importer.row.RowTable;
import fr.copilote.model.objective.Objective;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes accepted objectives; an objective on a member keeps its FINESS and the legal entity it rolls up to. */
public final class ObjectiveTable implements RowTable<Objective> {

    @Override
    public String insertSql() {
        return "INSERT INTO objective (import_file_id, line_number, territory_code, care_pathway, indicator, activity_type, "
                + "finess, legal_entity, objective_year, target, direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bindValue(PreparedStatement statement, Objective value) throws SQLException {
        statement.setString(3, value.territory().value());
        statement.setString(4, value.pathway() == null ? null : value.pathway().name());
        statement.setString(5, value.indicator().name());
        statement.setString(6, value.activityType() == null ? null : value.activityType().name());
        statement.setString(7, value.finess() == null ? null : value.finess().value());
        statement.setString(8, value.entity() == null ? null : value.entity().value());
        statement.setInt(9, value.year());
        statement.setBigDecimal(10, value.target());
        statement.setString(11, value.declared() == null ? null : value.declared().name());
    }
}
