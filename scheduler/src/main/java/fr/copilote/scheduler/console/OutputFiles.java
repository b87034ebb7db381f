package fr.copilote.scheduler.console;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files the console may hand out: workbooks and reject reports lying directly in the output folder, asked
 * for by their bare name. Anything else — another folder, {@code ..}, a link out, a hidden or temporary file —
 * is not found.
 */
public class OutputFiles {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(xlsx|csv)");

    private final Path folder;

    public OutputFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    public Optional<Path> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name).normalize();
        if (!folder.equals(file.getParent()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** The name to download a written file by, when it lies in the output folder. */
    public Optional<String> downloadName(Path written) {
        Path file = written.toAbsolutePath().normalize();
        return folder.equals(file.getParent()) ? find(file.getFileName().toString()).map(found -> found.getFileName().toString())
                : Optional.empty();
    }
}
