package fr.copilote.importer.statistics;

import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.model.statistics.OfficialStatistic;
import fr.copilote.model.statistics.StatisticSource;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code official_statistic} table: one row per figure, tagged with its import file and line. */
final class OfficialStatisticTable {

    /** Digits an amount may have before its decimal mark: {@code amount} is NUMERIC(20, 6). */
    static final int MAX_WHOLE_DIGITS = 14;

    private static final String INSERT = "INSERT INTO official_statistic (import_file_id, line_number, source, stat_year, "
            + "finess, legal_entity, measure, dimension, amount, masked_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    OfficialStatisticTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Figure(long lineNumber, OfficialStatistic statistic) {
    }

    /** The imports whose figures are that source's for that year. */
    List<Long> importsHolding(StatisticSource source, int year) {
        return jdbc.queryForList("SELECT DISTINCT import_file_id FROM official_statistic WHERE source = ? AND stat_year = ?",
                Long.class, source.name(), year);
    }

    /** How many figures, and of how many establishments, a source's year holds now. */
    record Extent(long figures, long establishments) {
    }

    Extent extent(StatisticSource source, int year) {
        return jdbc.queryForObject("SELECT COUNT(*), COUNT(DISTINCT finess) FROM official_statistic WHERE source = ? AND stat_year = ?",
                (rs, n) -> new Extent(rs.getLong(1), rs.getLong(2)), source.name(), year);
    }

    /** Removes every figure of that source and year, whichever file brought it; returns how many. */
    int deleteYear(StatisticSource source, int year) {
        return jdbc.update("DELETE FROM official_statistic WHERE source = ? AND stat_year = ?", source.name(), year);
    }

    /** Inserts the figures of the accepted rows, each rolled up to its legal entity when the directory knows it. */
    long insert(long importFileId, List<ValidatedRow<PublishedRow>> accepted, ReferenceData reference) {
        List<Figure> figures = new ArrayList<>();
        accepted.forEach(row -> row.value().figures().forEach(figure -> figures.add(new Figure(row.lineNumber(), figure))));
        jdbc.batchUpdate(INSERT, figures, 1000, (ps, figure) -> {
            OfficialStatistic statistic = figure.statistic();
            ps.setLong(1, importFileId);
            ps.setLong(2, figure.lineNumber());
            ps.setString(3, statistic.source().name());
            ps.setInt(4, statistic.year());
            ps.setString(5, statistic.finess().value());
            ps.setString(6, reference.legalEntityOf(statistic.finess()).map(Object::toString).orElse(null));
            ps.setString(7, statistic.measure());
            ps.setString(8, statistic.dimension());
            if (statistic.value().isMasked()) {
                ps.setNull(9, Types.NUMERIC);
            } else {
                ps.setBigDecimal(9, statistic.value().amount());
            }
            ps.setString(10, statistic.value().maskedText());
        });
        return figures.size();
    }
}
