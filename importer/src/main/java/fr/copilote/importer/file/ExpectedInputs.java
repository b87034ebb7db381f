package fr.copilote.importer.file;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which input files a night cannot do without: territories, conventions and activity always; the establishment
 * directory only until one has been loaded (it changes once a year). Asked by the import before it starts and
 * by the schedule while it waits for late files.
 */
public class ExpectedInputs {

    private final JdbcClient jdbc;

    public ExpectedInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isRequired(InputKind kind) {
        return switch (kind) {
            case TERRITOIRES, CONVENTIONS, ACTIVITE -> true;
            case ANNUAIRE -> jdbc.sql("SELECT COUNT(*) FROM establishment").query(Long.class).single() == 0;
            default -> false;
        };
    }

    /** The required kinds with no file in the folder, in the order of {@link InputKind}. */
    public List<InputKind> missingFrom(InputFolder folder) {
        return Arrays.stream(InputKind.values()).filter(this::isRequired)
                .filter(kind -> folder.filesToRead(kind).isEmpty())
                .toList();
    }
}
