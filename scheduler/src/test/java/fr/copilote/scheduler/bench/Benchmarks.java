package fr.copilote.scheduler.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark harness, run by {@code ./mvnw -B -Pbench verify} (see the README): measures side by side, in
 * one run, Copilote against the bare way of doing the same work, and writes the figures into
 * {@code docs/benchmarks.md}. Not a test: timings belong here, never in unit tests.
 *
 * <p>Arguments: the report file, then the benchmarks to run ({@code import}, {@code replacement}, {@code consolidation}, {@code workbook}; all when none
 * is named), optionally followed by {@code rows=N}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        Optional<Long> requestedRows = rest.stream().filter(a -> a.startsWith("rows=")).map(a -> Long.parseLong(a.substring(5)))
                .findFirst();
        boolean all = rest.stream().noneMatch(a -> !a.startsWith("rows="));
        if (all || rest.contains("import")) {
            new BenchmarkReport(report).replaceSection("import", new ImportBenchmark(requestedRows.orElse(2_000_000L)).run());
        }
        if (all || rest.contains("replacement")) {
            long rows = rowsFor("replacement", rest, requestedRows, 1_000_000L);
            new BenchmarkReport(report).replaceSection("replacement", new ReplacementBenchmark(rows).run());
        }
        if (all || rest.contains("consolidation")) {
            long rows = rowsFor("consolidation", rest, requestedRows, 5_000_000L);
            new BenchmarkReport(report).replaceSection("consolidation", new ConsolidationBenchmark(rows).run());
        }
        if (all || rest.contains("workbook")) {
            long rows = rowsFor("workbook", rest, requestedRows, 1_000_000L);
            new BenchmarkReport(report).replaceSection("workbook", new WorkbookBenchmark(rows).run());
        }
        System.exit(0);
    }

    /** The size asked for when the benchmark is named, its own standard size otherwise. */
    private static long rowsFor(String benchmark, List<String> rest, Optional<Long> requestedRows, long standard) {
        return rest.contains(benchmark) ? requestedRows.orElse(standard) : standard;
    }
}
