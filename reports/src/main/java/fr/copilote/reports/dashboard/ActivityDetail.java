package fr.copilote.reports.dashboard;

import java.util.function.Consumer;

/**
 * The Activité sheet's rows, streamed in sheet order (pathway, establishment, month, type): they can be hundreds
 * of thousands, so they are never held in memory.
 */
@FunctionalInterface
public interface ActivityDetail {

    void forEach(Consumer<ActivityLine> row);
}
