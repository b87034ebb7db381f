package fr.copilote.scheduler.history;

import fr.copilote.model.common.ExplainedException;
import fr.copilote.scheduler.database.DatabaseUnreachableException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecution;

/** Turns a failed execution into the one-line French reason an admin reads first. */
public final class FailureMessages {

    /** Failures whose message is already the French sentence an admin should read. */
    private static final List<Class<? extends Throwable>> EXPLAINED = List.of(ExplainedException.class, DatabaseUnreachableException.class);

    private FailureMessages() {
    }

    /** From the execution's exceptions when it ran in this JVM, else from what the job repository kept. */
    public static String reason(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(FailureMessages::rootMessage)
                .orElseGet(() -> fromExitDescription(execution.getExitStatus().getExitDescription())
                        .orElse("statut " + StatusLabels.of(execution.getStatus())));
    }

    /**
     * The innermost failure Copilote explained in French, if any — its causes are details for the log; otherwise the
     * innermost message, where Copilote's own checks speak once the framework's wrappers are peeled off.
     */
    public static String rootMessage(Throwable failure) {
        Optional<Throwable> explained = causes(failure)
                .filter(cause -> EXPLAINED.stream().anyMatch(type -> type.isInstance(cause)))
                .reduce((outer, inner) -> inner);
        if (explained.isPresent()) {
            return explained.get().getMessage().replace('\n', ' ');
        }
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

    /** The failure and its causes, outermost first. */
    public static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, cause -> cause.getCause() == cause ? null : cause.getCause());
    }

    /**
     * The job repository keeps a failure as its stack trace: the innermost failure Copilote explained, when the trace
     * names one; otherwise the first line, {@code some.Exception: message}, less the class name, which is the message
     * Copilote wrote. A line that is a bare class name is the framework's, said in French.
     */
    public static Optional<String> fromExitDescription(String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        Optional<String> innermost = description.lines().map(FailureMessages::explainedIn).flatMap(Optional::stream)
                .reduce((outer, inner) -> inner);
        if (innermost.isPresent()) {
            return innermost;
        }
        String first = description.lines().findFirst().orElse("").strip();
        int colon = first.indexOf(": ");
        String head = colon > 0 ? first.substring(0, colon) : first;
        if (!isClassName(head)) {
            return Optional.of(first);
        }
        String simpleName = head.substring(head.lastIndexOf('.') + 1);
        if (simpleName.equals("JobInterruptedException")) {
            return Optional.of("arrêtée à la demande (signal d'arrêt du système, commande « stop » ou console), à la fin d'un lot : "
                    + "relancez la même date pour la reprendre là où elle s'est arrêtée");
        }
        return Optional.of(colon > 0 ? first.substring(colon + 2)
                : "erreur interne (" + simpleName + ") : le détail est dans le journal logs/copilote.log");
    }

    /** A line of a stack trace that gives an explained failure's message. */
    private static Optional<String> explainedIn(String line) {
        for (Class<?> explained : EXPLAINED) {
            String head = explained.getName() + ": ";
            int at = line.indexOf(head);
            if (at >= 0) {
                return Optional.of(line.substring(at + head.length()).strip());
            }
        }
        return Optional.empty();
    }

    private static boolean isClassName(String text) {
        return !text.isEmpty() && text.contains(".") && text.chars().allMatch(c -> Character.isJavaIdentifierPart(c) || c == '.');
    }
}
