package fr.copilote.model.store;

import fr.copilote.model.consolidation.SaeFigure;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.statistics.MedicalStaff;
import fr.copilote.model.statistics.StatisticSource;
import fr.copilote.model.statistics.StatisticTotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the published official statistics for consolidation, summed per legal entity in the database.
 * Figures whose establishment was not in the directory when imported have no legal entity and are left
 * out.
 */
public class OfficialStatisticsStore {

    private final JdbcClient jdbc;

    public OfficialStatisticsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The measures of one source and year added up per legal entity, over the sites of each.
     *
     * @param dimension the row to read where the source splits an establishment over several
     *                  ({@code 9999} for all of Q21's disciplines); null for the sources that do not;
     *                  {@link SaeFigure#EVERY_ROW} to add up all of a site's rows (the units of URGENCES2)
     */
    public Map<Finess, StatisticTotal> sumByLegalEntity(StatisticSource source, int year, String dimension, List<String> measures) {
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("at least one measure to add up");
        }
        List<Object> parameters = new ArrayList<>(List.of(source.name(), year));
        parameters.addAll(measures);
        boolean everyRow = SaeFigure.EVERY_ROW.equals(dimension);
        if (dimension != null && !everyRow) {
            parameters.add(dimension);
        }
        Map<Finess, StatisticTotal> totals = new TreeMap<>();
        jdbc.sql("SELECT t.legal_entity, SUM(t.amount), SUM(CASE WHEN t.masked_text IS NULL THEN 0 ELSE 1 END) "
                        + "FROM official_statistic t" + ConsolidationSource.PUBLISHED
                        + "WHERE t.source = ? AND t.stat_year = ? AND t.measure IN (" + String.join(", ", Collections.nCopies(measures.size(), "?"))
                        + ") AND " + (everyRow ? "1 = 1" : dimension == null ? "t.dimension IS NULL" : "t.dimension = ?")
                        + " AND t.legal_entity IS NOT NULL GROUP BY t.legal_entity")
                .params(parameters)
                .query(rs -> {
                    Finess entity = new Finess(rs.getString(1));
                    BigDecimal amount = rs.getBigDecimal(2);
                    totals.put(entity, new StatisticTotal(entity, amount == null ? BigDecimal.ZERO : amount, rs.getLong(3)));
                });
        return totals;
    }

    /** One figure of the catalogue for a year, per legal entity: its measures added up over the entity's sites. */
    public Map<Finess, StatisticTotal> sumByLegalEntity(SaeFigure figure, int year) {
        return sumByLegalEntity(figure.source(), year, figure.dimension(), figure.measures());
    }

    /** Medical FTE per legal entity for a year: SAE Q21, all disciplines, salaried and hospital-university. */
    public Map<Finess, StatisticTotal> medicalFte(int year) {
        return sumByLegalEntity(StatisticSource.SAE_Q21, year, MedicalStaff.ALL_DISCIPLINES, MedicalStaff.FTE_MEASURES);
    }
}
