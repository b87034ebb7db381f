package fr.copilote.importer.support;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * An H2 trigger that makes the insert of one given activity line fail once, to kill an import half-way
 * through without touching the code under test. Armed by {@link #failOnceAtLine}.
 */
public class FailingTrigger implements Trigger {

    private static volatile long failAtLine = -1;

    public static void failOnceAtLine(long line) {
        failAtLine = line;
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
