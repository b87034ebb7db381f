package fr.copilote.scheduler.history;

import org.springframework.batch.core.BatchStatus;

/**
 * Batch statuses as admins and finance teams read them: masculine for « le traitement » (lists, health,
 * mails), feminine for « l'exécution » and « l'étape ».
 */
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

    /** The status agreed with a feminine noun, as in « L'exécution n° 4 est terminée ». */
    public static String feminine(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> "terminée";
            case STOPPED -> "arrêtée";
            case ABANDONED -> "abandonnée";
            default -> of(status);
        };
    }
}
