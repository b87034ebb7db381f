package fr.copilote.scheduler.database;

import fr.copilote.model.text.FrenchDates;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Bounds the wait on a database that stopped answering. The pool waits up to {@code copilote.database.wait} for a
 * connection; once that wait is spent, every other request for a connection during the same length of time fails at
 * once, instead of waiting again: a run that loses its database — its step, then the job repository's updates of the
 * step and of the job, each wanting a connection — fails after one wait, not five. Past that window, the next request
 * tries again (the service keeps running and reconnects when the database is back).
 */
public class DatabaseLossGuard extends DelegatingDataSource {

    private final String url;
    private final Duration wait;
    private final Clock clock;
    private volatile Lost lost;

    private record Lost(Instant since, Throwable cause) {
    }

    public DatabaseLossGuard(DataSource pool, String url, Duration wait, Clock clock) {
        super(pool);
        this.url = url;
        this.wait = wait;
        this.clock = clock;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Lost known = lost;
        if (known != null && clock.instant().isBefore(known.since().plus(wait))) {
            throw unreachable(known);
        }
        try {
            Connection connection = super.getConnection();
            lost = null;
            return connection;
        } catch (SQLTransientConnectionException e) {
            Lost now = known != null ? known : new Lost(clock.instant().minus(wait), e);
            lost = new Lost(clock.instant(), now.cause());
            throw unreachable(now);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private DatabaseUnreachableException unreachable(Lost known) {
        LocalDateTime since = LocalDateTime.ofInstant(known.since(), ZoneId.systemDefault());
        return new DatabaseUnreachableException("la base de données " + url + " ne répond plus depuis le "
                + since.format(FrenchDates.DATE_AT_TIME) + " (attente de " + wait.toSeconds() + " s épuisée, copilote.database.wait ; "
                + "cause : " + rootMessage(known.cause()) + ")", known.cause());
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
