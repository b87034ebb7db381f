package fr.copilote.model.common;

/**
 * A failure already told to the admin in French, whole: what happened, where, and what to do. The causes it wraps —
 * often English, from the JDK or a driver — are details for the log; the admin reads this message first.
 */
public class ExplainedException extends RuntimeException {

    public ExplainedException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExplainedException(String message) {
        super(message);
    }
}
