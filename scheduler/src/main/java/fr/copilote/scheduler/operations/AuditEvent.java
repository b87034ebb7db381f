package fr.copilote.scheduler.operations;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of the audit trail. */
public record AuditEvent(LocalDateTime occurredAt, String actor, String channel, String action, Long executionId,
                         LocalDate businessDate, String outcome) {
}
