package fr.copilote.importer.territory;

import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.RowTable;
import fr.copilote.model.territory.Membership;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes accepted memberships, rolled up to their legal entity. */
public final class MembershipTable implements RowTable<Membership> {

    private final ReferenceData reference;

    public MembershipTable(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String insertSql() {
        return "INSERT INTO territory_membership (import_file_id, line_number, territory_code, territory_name, finess, "
                + "legal_entity, role) VALUES (?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bindValue(PreparedStatement statement, Membership value) throws SQLException {
        statement.setString(3, value.territory().value());
        statement.setString(4, value.territoryName());
        statement.setString(5, value.finess().value());
        statement.setString(6, reference.legalEntityOf(value.finess()).orElseThrow().value());
        statement.setString(7, value.role().name());
    }
}
