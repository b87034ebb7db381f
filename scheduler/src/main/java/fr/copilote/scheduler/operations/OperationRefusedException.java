package fr.copilote.scheduler.operations;

/**
 * An operation that cannot be done, with the French reason and why: what it means for the command line's
 * exit code and the console's message.
 */
public class OperationRefusedException extends RuntimeException {

    public enum Reason {
        /** No such execution. */
        UNKNOWN_EXECUTION,
        /** The execution or its date is running, or its date is already done. */
        ALREADY_RUNNING_OR_DONE,
        /** The execution is not in a state that allows the operation. */
        NOT_ALLOWED
    }

    private final Reason reason;

    public OperationRefusedException(Reason reason, String frenchMessage) {
        super(frenchMessage);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
