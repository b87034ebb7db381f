package fr.copilote.scheduler.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The working folders the harnesses (benchmarks, screenshots) make for themselves, removed when done. */
public final class Folders {

    private Folders() {
    }

    /** Removes the folder and all it holds; nothing when it is already gone. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
