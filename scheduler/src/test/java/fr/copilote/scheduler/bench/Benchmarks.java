package fr.copilote.scheduler.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark harness, run by {@code ./mvnw -B -Pbench verify} (see the README): measures side by side, in
 * one run, Copilote against the bare way of doing the same work, and writes the figures into
 * {@code docs/benchmarks.md}. Not a test: timings belong here, never in unit tests.
 *
 * <p>Arguments: the report file, then the benchmarks to run ({@code import}, {@code consolidation}, {@code workbook}; all when none
 * is named), optionally followed by {@code rows=N}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        long rows = rest.stream().filter(a -> a.startsWith("rows=")).map(a -> Long.parseLong(a.substring(5))).findFirst()
                .orElse(2_000_000L);
        boolean all = rest.stream().noneMatch(a -> !a.startsWith("rows="));
        if (all || rest.contains("import")) {
            new BenchmarkReport(report).replaceSection("import", new ImportBenchmark(rows).run());
        }
        if (all || rest.contains("consolidation")) {
            long consolidationRows = rest.contains("consolidation") && rest.stream().anyMatch(a -> a.startsWith("rows=")) ? rows : 5_000_000L;
            new BenchmarkReport(report).replaceSection("consolidation", new ConsolidationBenchmark(consolidationRows).run());
        }
        if (all || rest.contains("workbook")) {
            long workbookRows = rest.contains("workbook") && rest.stream().anyMatch(a -> a.startsWith("rows=")) ? rows : 1_000_000L;
            new BenchmarkReport(report).replaceSection("workbook", new WorkbookBenchmark(workbookRows).run());
        }
        System.exit(0);
    }
}
