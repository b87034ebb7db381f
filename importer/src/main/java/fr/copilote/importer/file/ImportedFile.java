package fr.copilote.importer.file;

import java.time.LocalDateTime;

/** One row of the import registry. */
public record ImportedFile(long id, InputKind kind, String fileName, String sha256, long sizeBytes, String encoding,
                           String separator, long rowsRead, long rowsAccepted, long rowsRejected, long rowsWarned,
                           long linesConsumed, ImportStatus status, Long jobExecutionId, LocalDateTime startedAt, LocalDateTime finishedAt) {
}
