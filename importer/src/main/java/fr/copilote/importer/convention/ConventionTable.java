package fr.copilote.importer.convention;

import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.RowTable;
import fr.copilote.model.convention.Convention;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Writes accepted conventions, with origin and host rolled up to their legal entities. */
public final class ConventionTable implements RowTable<Convention> {

    private final ReferenceData reference;

    public ConventionTable(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String insertSql() {
        return "INSERT INTO convention (import_file_id, line_number, convention_id, origin_finess, origin_entity, host_finess, "
                + "host_entity, practitioner_rpps, specialty, care_pathway, sharing_mode, half_days_per_week, start_date, "
                + "end_date, annual_refund_eur, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bindValue(PreparedStatement statement, Convention value) throws SQLException {
        statement.setString(3, value.id().value());
        statement.setString(4, value.origin().value());
        statement.setString(5, reference.legalEntityOf(value.origin()).orElseThrow().value());
        statement.setString(6, value.host().value());
        statement.setString(7, reference.legalEntityOf(value.host()).orElseThrow().value());
        statement.setString(8, value.practitioner().value());
        statement.setString(9, value.specialty());
        statement.setString(10, value.carePathway().name());
        statement.setString(11, value.sharingMode().name());
        statement.setBigDecimal(12, value.halfDaysPerWeek());
        statement.setObject(13, value.startDate());
        if (value.endDate() == null) {
            statement.setNull(14, Types.DATE);
        } else {
            statement.setObject(14, value.endDate());
        }
        statement.setBigDecimal(15, value.annualRefundEur());
        statement.setString(16, value.status().name());
    }
}
