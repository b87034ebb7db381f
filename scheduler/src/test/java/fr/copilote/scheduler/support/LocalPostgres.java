package fr.copilote.scheduler.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL of the machine (127.0.0.1:5432, database {@code test}, trust authentication), as CI provides it.
 * Tests that need it are skipped with the reason when it does not answer; {@code .ci/run} checks they ran when it does.
 */
public final class LocalPostgres {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String USER = "postgres";

    private LocalPostgres() {
    }

    /** A fresh, empty schema; the test is skipped when PostgreSQL does not answer. */
    public static String freshSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
            return URL + "?currentSchema=" + schema;
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL injoignable sur 127.0.0.1:5432 (" + e.getMessage() + ")");
            return null;
        }
    }

    public static String query(String schema, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL + "?currentSchema=" + schema, USER, "");
             Statement statement = connection.createStatement();
             var rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
