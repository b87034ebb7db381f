package fr.copilote.importer.support;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the insert of one given activity line fail once, to kill an import half-way through without touching the
 * code under test: an H2 Java trigger, or on PostgreSQL a PL/pgSQL trigger that fails once thanks to a sequence
 * (a sequence, unlike a table, is not rolled back with the failing insert).
 */
public class FailingTrigger implements Trigger {

    private static volatile long failAtLine = -1;

    /** Installs the trigger, disarmed. */
    public static void install(JdbcTemplate jdbc) {
        if (isPostgres(jdbc)) {
            jdbc.execute("CREATE TABLE IF NOT EXISTS test_failure (line BIGINT)");
            jdbc.execute("DELETE FROM test_failure");
            jdbc.execute("CREATE OR REPLACE FUNCTION test_failure_check() RETURNS trigger AS $$ BEGIN "
                    + "IF NEW.line_number = (SELECT MAX(line) FROM test_failure) AND nextval('test_failure_once') = 1 THEN "
                    + "RAISE EXCEPTION 'panne simulée à l''insertion de la ligne %', NEW.line_number; END IF; RETURN NEW; END $$ "
                    + "LANGUAGE plpgsql");
            jdbc.execute("DROP TRIGGER IF EXISTS activity_failure ON activity");
            jdbc.execute("CREATE TRIGGER activity_failure BEFORE INSERT ON activity FOR EACH ROW EXECUTE FUNCTION test_failure_check()");
        } else {
            jdbc.execute("CREATE TRIGGER IF NOT EXISTS activity_failure BEFORE INSERT ON activity FOR EACH ROW CALL \""
                    + FailingTrigger.class.getName() + "\"");
        }
    }

    /** Arms it: the next insert of that line fails, once. */
    public static void failOnceAtLine(JdbcTemplate jdbc, long line) {
        if (isPostgres(jdbc)) {
            jdbc.execute("DROP SEQUENCE IF EXISTS test_failure_once");
            jdbc.execute("CREATE SEQUENCE test_failure_once");
            jdbc.execute("DELETE FROM test_failure");
            jdbc.update("INSERT INTO test_failure (line) VALUES (?)", line);
        } else {
            failAtLine = line;
        }
    }

    public static void remove(JdbcTemplate jdbc) {
        failAtLine = -1;
        if (isPostgres(jdbc)) {
            jdbc.execute("DROP TRIGGER IF EXISTS activity_failure ON activity");
        } else {
            jdbc.execute("DROP TRIGGER IF EXISTS activity_failure");
        }
    }

    private static boolean isPostgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        long line = ((Number) newRow[1]).longValue();
        if (line == failAtLine) {
            failAtLine = -1;
            throw new SQLException("panne simulée à l'insertion de la ligne " + line);
        }
    }
}
