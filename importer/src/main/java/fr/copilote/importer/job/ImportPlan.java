package fr.copilote.importer.job;

import fr.copilote.importer.file.InputKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the input check decided for each file, kept in the job's execution context so that every later
 * step — and a restart — works on the same files: the path, and the registered import to load rows into
 * (absent when the file is unchanged since its last import, or not provided). Most kinds come as one file;
 * the official statistics come as one file per year ({@link InputKind#everyYear()}), each planned on its own.
 */
public final class ImportPlan {

    private static final String PREFIX = "copilote.import.";
    private static final String FILES = ".files";

    private final ExecutionContext context;

    /** A file this run loads, and the import registered for it. */
    public record Load(long importFileId, Path file) {
    }

    private ImportPlan(ExecutionContext context) {
        this.context = context;
    }

    public static ImportPlan of(ExecutionContext jobContext) {
        return new ImportPlan(jobContext);
    }

    public void planLoad(InputKind kind, Path file, long importFileId) {
        String entry = remember(kind, file);
        context.putString(PREFIX + entry + ".path", file.toAbsolutePath().toString());
        context.putLong(PREFIX + entry + ".id", importFileId);
        context.remove(PREFIX + entry + ".unchanged");
    }

    public void planUnchanged(InputKind kind, Path file, long unchangedRecordId) {
        String entry = remember(kind, file);
        context.putString(PREFIX + entry + ".path", file.toAbsolutePath().toString());
        context.remove(PREFIX + entry + ".id");
        context.putLong(PREFIX + entry + ".unchanged", unchangedRecordId);
    }

    /** The import to load rows into, when this run loads this kind (a kind that comes as one file). */
    public Optional<Long> importToLoad(InputKind kind) {
        return idOf(single(kind));
    }

    /** The import registered for that file, when this run loads it. */
    public Optional<Long> importToLoad(InputKind kind, Path file) {
        return idOf(entry(kind, file));
    }

    /** Every file of that kind this run loads, in the order the input check found them (by year). */
    public List<Load> loads(InputKind kind) {
        return entries(kind).stream()
                .flatMap(entry -> idOf(entry).map(id -> new Load(id, Path.of(context.getString(PREFIX + entry + ".path")))).stream())
                .toList();
    }

    /** Every import this run loads rows into, whatever their status now. */
    public List<Long> importsToLoad() {
        return Arrays.stream(InputKind.values()).flatMap(kind -> entries(kind).stream()).map(this::idOf)
                .flatMap(Optional::stream).toList();
    }

    /** Every file registered by this run, loaded or found unchanged, in the order of the file kinds. */
    public List<Long> registeredImports() {
        return Arrays.stream(InputKind.values()).flatMap(kind -> entries(kind).stream())
                .flatMap(entry -> Optional.ofNullable(idOf(entry).orElseGet(() -> unchangedRecord(entry))).stream())
                .toList();
    }

    public Optional<Path> file(InputKind kind) {
        String key = PREFIX + single(kind) + ".path";
        return context.containsKey(key) ? Optional.of(Path.of(context.getString(key))) : Optional.empty();
    }

    private Optional<Long> idOf(String entry) {
        String key = PREFIX + entry + ".id";
        return context.containsKey(key) ? Optional.of(context.getLong(key)) : Optional.empty();
    }

    private Long unchangedRecord(String entry) {
        String key = PREFIX + entry + ".unchanged";
        return context.containsKey(key) ? context.getLong(key) : null;
    }

    /** The keys of a kind that comes as one file are the kind's name alone, as they always were. */
    private static String single(InputKind kind) {
        if (kind.everyYear()) {
            throw new IllegalArgumentException(kind + " comes as one file per year: ask for its loads");
        }
        return kind.name();
    }

    private static String entry(InputKind kind, Path file) {
        return kind.everyYear() ? kind + "." + file.getFileName() : kind.name();
    }

    private List<String> entries(InputKind kind) {
        if (!kind.everyYear()) {
            return List.of(kind.name());
        }
        String files = context.getString(PREFIX + kind + FILES, "");
        return files.isEmpty() ? List.of() : List.of(files.split("\n"));
    }

    private String remember(InputKind kind, Path file) {
        String entry = entry(kind, file);
        if (kind.everyYear() && !entries(kind).contains(entry)) {
            List<String> entries = new ArrayList<>(entries(kind));
            entries.add(entry);
            context.putString(PREFIX + kind + FILES, String.join("\n", entries));
        }
        return entry;
    }
}
