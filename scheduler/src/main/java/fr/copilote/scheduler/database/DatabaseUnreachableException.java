package fr.copilote.scheduler.database;

import java.sql.SQLTransientConnectionException;

/** The database stopped answering and the configured wait is spent; said in French, with since when. */
public class DatabaseUnreachableException extends SQLTransientConnectionException {

    public DatabaseUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
