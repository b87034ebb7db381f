package fr.copilote.importer.job;

import fr.copilote.importer.file.InputKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the input check decided for each file kind, kept in the job's execution context so that every later
 * step — and a restart — works on the same files: the path, and the registered import to load rows into
 * (absent when the file is unchanged since its last import, or not provided).
 */
public final class ImportPlan {

    private static final String PREFIX = "copilote.import.";

    private final ExecutionContext context;

    private ImportPlan(ExecutionContext context) {
        this.context = context;
    }

    public static ImportPlan of(ExecutionContext jobContext) {
        return new ImportPlan(jobContext);
    }

    public void planLoad(InputKind kind, Path file, long importFileId) {
        context.putString(PREFIX + kind + ".path", file.toAbsolutePath().toString());
        context.putLong(PREFIX + kind + ".id", importFileId);
        context.remove(PREFIX + kind + ".unchanged");
    }

    public void planUnchanged(InputKind kind, Path file, long unchangedRecordId) {
        context.putString(PREFIX + kind + ".path", file.toAbsolutePath().toString());
        context.remove(PREFIX + kind + ".id");
        context.putLong(PREFIX + kind + ".unchanged", unchangedRecordId);
    }

    /** The import to load rows into, when this run loads this kind. */
    public Optional<Long> importToLoad(InputKind kind) {
        String key = PREFIX + kind + ".id";
        return context.containsKey(key) ? Optional.of(context.getLong(key)) : Optional.empty();
    }

    /** Every import this run loads rows into, whatever their status now. */
    public List<Long> importsToLoad() {
        return Arrays.stream(InputKind.values()).map(this::importToLoad).flatMap(Optional::stream).toList();
    }

    /** Every file registered by this run, loaded or found unchanged, in the order of the file kinds. */
    public List<Long> registeredImports() {
        return Arrays.stream(InputKind.values())
                .flatMap(kind -> Optional.ofNullable(importToLoad(kind).orElseGet(() -> unchangedRecord(kind))).stream())
                .toList();
    }

    private Long unchangedRecord(InputKind kind) {
        String key = PREFIX + kind + ".unchanged";
        return context.containsKey(key) ? context.getLong(key) : null;
    }

    public Optional<Path> file(InputKind kind) {
        String key = PREFIX + kind + ".path";
        return context.containsKey(key) ? Optional.of(Path.of(context.getString(key))) : Optional.empty();
    }
}
