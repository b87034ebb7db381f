package fr.copilote.scheduler.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/benchmarks.md, one section per benchmark between markers, so that each run replaces its own figures
 * and leaves the others' alone.
 */
final class BenchmarkReport {

    private final Path file;

    BenchmarkReport(Path file) {
        this.file = file;
    }

    void replaceSection(String name, String markdown) throws IOException {
        String start = "<!-- bench:" + name + ":start -->";
        String end = "<!-- bench:" + name + ":end -->";
        String content = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
                : "# Benchmarks\n\nMeasured by the harness (`./mvnw -B -Pbench verify`), never by unit tests.\n";
        String section = start + "\n" + markdown.strip() + "\n" + end;
        int from = content.indexOf(start);
        int to = content.indexOf(end);
        content = from >= 0 && to > from ? content.substring(0, from) + section + content.substring(to + end.length())
                : content.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(file, content, StandardCharsets.UTF_8);
        System.out.println(markdown);
    }
}
