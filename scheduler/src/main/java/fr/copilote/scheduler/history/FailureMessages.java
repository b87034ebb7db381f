package fr.copilote.scheduler.history;

import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;

/** Turns a failed execution into the one-line French reason an admin reads first. */
public final class FailureMessages {

    private FailureMessages() {
    }

    /** From the execution's exceptions when it ran in this JVM, else from what the job repository kept. */
    public static String reason(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(FailureMessages::rootMessage)
                .orElseGet(() -> fromExitDescription(execution.getExitStatus().getExitDescription())
                        .orElse("statut " + StatusLabels.of(execution.getStatus())));
    }

    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        String message = failure.getMessage();
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message == null ? cause.getClass().getSimpleName() : message.replace('\n', ' ');
    }

    /**
     * The job repository keeps a failure as its stack trace: the first line, {@code some.Exception: message}, less
     * the class name, is the message Copilote wrote.
     */
    public static Optional<String> fromExitDescription(String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        String first = description.lines().findFirst().orElse("").strip();
        int colon = first.indexOf(": ");
        String head = colon > 0 ? first.substring(0, colon) : "";
        boolean className = !head.isEmpty() && head.chars().noneMatch(Character::isWhitespace) && head.contains(".");
        return Optional.of(className ? first.substring(colon + 2) : first);
    }
}
