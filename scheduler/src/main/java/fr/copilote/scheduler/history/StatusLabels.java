package fr.copilote.scheduler.history;

import org.springframework.batch.core.BatchStatus;

/** Batch statuses as admins and finance teams read them. */
public final class StatusLabels {

    private StatusLabels() {
    }

    public static String of(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> "terminé";
            case STARTING -> "au démarrage";
            case STARTED -> "en cours";
            case STOPPING -> "en cours d'arrêt";
            case STOPPED -> "arrêté";
            case FAILED -> "en échec";
            case ABANDONED -> "abandonné";
            case UNKNOWN -> "inconnu";
        };
    }
}
