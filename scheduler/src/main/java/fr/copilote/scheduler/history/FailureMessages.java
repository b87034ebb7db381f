package fr.copilote.scheduler.cli;

import org.springframework.batch.core.job.JobExecution;

/** Turns a failed execution into the one-line French reason an admin reads first. */
final class FailureMessages {

    private FailureMessages() {
    }

    static String reason(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(FailureMessages::rootMessage)
                .orElse("statut " + execution.getStatus() + " (" + execution.getExitStatus().getExitDescription() + ")");
    }

    static String rootMessage(Throwable failure) {
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
}
