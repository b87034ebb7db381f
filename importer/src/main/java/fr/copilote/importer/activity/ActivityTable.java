package fr.copilote.importer.activity;

import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.RowTable;
import fr.copilote.model.activity.ActivityRecord;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Writes accepted activity rows, rolled up to their legal entity; the period is stored as its first day. */
public final class ActivityTable implements RowTable<ActivityRecord> {

    private final ReferenceData reference;

    public ActivityTable(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String insertSql() {
        return "INSERT INTO activity (import_file_id, line_number, period, finess, legal_entity, care_pathway, activity_type, "
                + "volume, revenue_eur, direct_cost_eur, patient_territory, convention_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bindValue(PreparedStatement statement, ActivityRecord value) throws SQLException {
        // A LocalDate binds natively: java.sql.Date.valueOf costs a calendar normalisation per row.
        statement.setObject(3, value.period().firstDay());
        statement.setString(4, value.finess().value());
        statement.setString(5, reference.legalEntityOf(value.finess()).orElseThrow().value());
        statement.setString(6, value.carePathway().name());
        statement.setString(7, value.activityType().name());
        statement.setLong(8, value.volume());
        statement.setBigDecimal(9, value.revenueEur());
        statement.setBigDecimal(10, value.directCostEur());
        if (value.patientTerritory() == null) {
            statement.setNull(11, Types.VARCHAR);
        } else {
            statement.setString(11, value.patientTerritory().value());
        }
        if (value.convention() == null) {
            statement.setNull(12, Types.VARCHAR);
        } else {
            statement.setString(12, value.convention().value());
        }
    }
}
