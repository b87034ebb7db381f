package fr.copilote.importer.job;

import fr.copilote.importer.file.ImportedFile;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The share of rejected rows above which a file fails the run ({@code copilote.import.max-reject-rate}), and
 * the French message that names the file, its rate and its first reasons.
 */
public class RejectThreshold {

    private final JdbcClient jdbc;
    private final double maxRejectRate;

    /** @param maxRejectRate the share of rejected rows above which a file fails the run (0.05 for 5 %) */
    public RejectThreshold(JdbcClient jdbc, double maxRejectRate) {
        this.jdbc = jdbc;
        this.maxRejectRate = maxRejectRate;
    }

    public boolean exceededBy(ImportedFile file) {
        return file.rowsRead() > 0 && (double) file.rowsRejected() / file.rowsRead() > maxRejectRate;
    }

    /** Reads the file's first rejects, so it must run where they are visible (in the transaction that wrote them). */
    public String describe(ImportedFile file) {
        List<String> reasons = jdbc.sql("SELECT line_number, column_name, message FROM import_reject WHERE import_file_id = ? "
                        + "ORDER BY line_number, seq FETCH FIRST 3 ROWS ONLY").param(file.id())
                .query((rs, n) -> "ligne " + rs.getLong(1) + (rs.getString(2) == null ? "" : ", colonne " + rs.getString(2))
                        + " : " + rs.getString(3))
                .list();
        return String.format(Locale.FRANCE, "%s : %.1f %% de lignes rejetées (%d sur %d), au-delà du seuil de %.1f %%. "
                        + "Premiers motifs : %s.", file.fileName(), 100.0 * file.rowsRejected() / file.rowsRead(),
                file.rowsRejected(), file.rowsRead(), 100 * maxRejectRate, String.join(" | ", reasons));
    }
}
