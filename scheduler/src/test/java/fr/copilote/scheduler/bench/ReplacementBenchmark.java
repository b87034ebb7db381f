package fr.copilote.scheduler.bench;

import fr.copilote.importer.job.ImportJobConfiguration;
import fr.copilote.importer.job.ImportJobParameters;
import fr.copilote.model.generator.DataGenerator;
import fr.copilote.model.generator.GeneratorSettings;
import fr.copilote.scheduler.support.Folders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A corrected set of files replacing the published one (issue 12, point 7): a national data set imported on a first
 * night, then the same three row files, each with two lines swapped (new content, the same rows), on the next. The
 * publication, which removes every earlier row, is set against the import of the same rows, on H2 and on PostgreSQL
 * in one run; beside it, the statement replacement used before (one {@code DELETE … IN (sub-query)} per file), timed
 * on the same state with a cap. Target: publication ≤ the import of the same rows.
 */
final class ReplacementBenchmark {

    private static final Duration CAP = Duration.ofMinutes(10);
    private static final List<String> ROW_FILES = List.of("territoires.csv", "conventions.csv", "activite.csv");
    private static final Map<String, String[]> TABLES = Map.of("territory_membership", new String[]{"territory_code", "TERRITOIRES"},
            "convention", new String[]{"convention_id", "CONVENTIONS"}, "activity", new String[]{"period", "ACTIVITE"});

    private final long rows;

    ReplacementBenchmark(long rows) {
        this.rows = rows;
    }

    private record Night(double importSeconds, double publishSeconds, long rowsImported) {
    }

    private record Result(String database, Night first, Night second, Map<String, String> formerStatements) {
    }

    String run() throws Exception {
        Path work = Files.createTempDirectory("copilote-bench-remplacement");
        try {
            Path first = work.resolve("nuit-1");
            DataGenerator.generate(GeneratorSettings.nationalScale(42, 135, 3_000, 10_000, 24, YearMonth.of(2024, 12), rows, null), first);
            Path second = corrected(first, work.resolve("nuit-2"));
            List<Result> results = new ArrayList<>();
            results.add(measure("H2", h2(work.resolve("base-h2")), first, second));
            results.add(measure("PostgreSQL", postgres(), first, second));
            return report(results);
        } finally {
            Folders.delete(work);
        }
    }

    private static List<String> h2(Path database) {
        return List.of("--spring.datasource.url=" + BenchH2.url(database.resolve("copilote")),
                "--spring.datasource.username=sa", "--spring.datasource.password=");
    }

    private static List<String> postgres() throws SQLException {
        String schema = "copilote_bench_remplacement";
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
        return List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--spring.flyway.schemas=" + schema);
    }

    /** The same folder, each row file with its first two data lines swapped: new content, the same rows. */
    private static Path corrected(Path first, Path second) throws Exception {
        Files.createDirectories(second);
        try (var files = Files.list(first)) {
            for (Path file : files.toList()) {
                Path target = second.resolve(file.getFileName());
                if (!ROW_FILES.contains(file.getFileName().toString())) {
                    Files.copy(file, target);
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                String line1 = lines.get(1);
                lines.set(1, lines.get(2));
                lines.set(2, line1);
                Files.write(target, lines, StandardCharsets.UTF_8);
            }
        }
        return second;
    }

    private Result measure(String name, List<String> database, Path first, Path second) throws Exception {
        List<String> arguments = new ArrayList<>(database);
        arguments.addAll(List.of("--spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor}",
                "--spring.batch.job.enabled=false", "--spring.batch.jdbc.initialize-schema=never", "--copilote.import.chunk-size=2000",
                "--logging.level.root=WARN", "--logging.level.fr.copilote=WARN"));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ImportBenchApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(arguments.toArray(String[]::new))) {
            Night one = night(context, first, LocalDate.of(2024, 12, 30));
            Map<String, String> former = former(context);
            Night two = night(context, second, LocalDate.of(2024, 12, 31));
            return new Result(name, one, two, former);
        }
    }

    private static Night night(ConfigurableApplicationContext context, Path input, LocalDate date) throws Exception {
        Job job = context.getBean(ImportJobConfiguration.JOB_NAME + "Job", Job.class);
        JobExecution execution = context.getBean(JobOperator.class).start(job, new JobParametersBuilder()
                .addLocalDate(ImportJobParameters.BUSINESS_DATE, date)
                .addString(ImportJobParameters.INPUT_FOLDER, input.toString(), false).toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("import en échec : " + execution.getAllFailureExceptions());
        }
        Map<String, StepExecution> steps = execution.getStepExecutions().stream()
                .collect(Collectors.toMap(StepExecution::getStepName, Function.identity()));
        double imported = 0;
        long rows = 0;
        for (String step : List.of("importTerritories", "importConventions", "importActivity")) {
            imported += seconds(steps.get(step));
            rows += steps.get(step).getWriteCount();
        }
        return new Night(imported, seconds(steps.get("publishImports")), rows);
    }

    /**
     * The former replacement statements, on a copy of the published rows staged as if a corrected file had brought
     * them, rolled back: what publishing the next night cost before.
     */
    private static Map<String, String> former(ConfigurableApplicationContext context) throws SQLException {
        Map<String, String> timings = new java.util.LinkedHashMap<>();
        try (Connection connection = context.getBean(javax.sql.DataSource.class).getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String table : List.of("territory_membership", "convention", "activity")) {
                String scope = TABLES.get(table)[0];
                String kind = TABLES.get(table)[1];
                statement.execute("INSERT INTO import_file (id, kind, file_name, sha256, size_bytes, status, started_at) VALUES "
                        + "(999999, '" + kind + "', 'copie', 'x', 0, 'LOADING', CURRENT_TIMESTAMP)");
                String columns = columns(connection, table);
                statement.execute("INSERT INTO " + table + " (" + columns + ") SELECT " + columns.replaceFirst("import_file_id", "999999")
                        + " FROM " + table + " WHERE import_file_id <> 999999");
                statement.setQueryTimeout((int) CAP.toSeconds());
                long start = System.nanoTime();
                try {
                    statement.executeUpdate("DELETE FROM " + table + " WHERE " + scope + " IN (SELECT " + scope + " FROM " + table
                            + " WHERE import_file_id = 999999) AND import_file_id IN (SELECT id FROM import_file WHERE kind = '" + kind
                            + "' AND status = 'PUBLISHED')");
                    timings.put(table, String.format(Locale.FRANCE, "%.1f", (System.nanoTime() - start) / 1e9));
                } catch (SQLTimeoutException e) {
                    timings.put(table, "> " + CAP.toSeconds());
                } catch (SQLException e) {
                    timings.put(table, "interrompu (" + e.getClass().getSimpleName() + ")");
                }
                connection.rollback();
            }
        }
        return timings;
    }

    private static String columns(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rs = connection.getMetaData().getColumns(null, null, null, null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        names.remove("import_file_id");
        names.add(0, "import_file_id");
        return names.stream().distinct().collect(Collectors.joining(", "));
    }

    private static double seconds(StepExecution step) {
        return Duration.between(step.getStartTime(), step.getEndTime()).toNanos() / 1e9;
    }

    private String report(List<Result> results) {
        StringBuilder table = new StringBuilder();
        for (Result r : results) {
            table.append(String.format(Locale.FRANCE, "| %s | %,d | %.1f | %.1f | %.1f | %.2f | %s / %s / %s |%n", r.database(),
                    r.second().rowsImported(), r.first().importSeconds(), r.second().importSeconds(), r.second().publishSeconds(),
                    r.second().publishSeconds() / r.second().importSeconds(), r.formerStatements().get("territory_membership"),
                    r.formerStatements().get("convention"), r.formerStatements().get("activity")));
        }
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.FRANCE, """
                ## Remplacement par des fichiers corrigés (issue 12, point 7)

                Mesuré le %s sur %d cœurs, Java %s, tas limité à %d Mo. Jeu national (`generate --national`, graine 42,
                135 territoires, 3 000 établissements, 10 000 conventions, %,d lignes d'activité) importé une première
                nuit ; la nuit suivante, les trois fichiers de lignes, chacun avec deux lignes interverties (contenu
                nouveau, mêmes lignes) : la publication retire toutes les lignes de la veille. Les anciennes
                requêtes (un `DELETE … IN (sous-requête)` par fichier) sont chronométrées sur le même état, puis
                annulées, plafonnées à %d s.

                | base | lignes importées la 2ᵉ nuit | import nuit 1 (s) | import nuit 2 (s) | publication avec remplacement (s) | publication / import | anciennes requêtes : territoires / conventions / activité (s) |
                |---|---:|---:|---:|---:|---:|---|
                %s

                Objectif : une publication avec remplacement du même ordre que l'import des mêmes lignes (publication /
                import ≤ 1 visé), là où les anciennes requêtes prenaient des minutes.
                """, LocalDate.now(), runtime.availableProcessors(), System.getProperty("java.version"), runtime.maxMemory() / (1024 * 1024),
                rows, CAP.toSeconds(), table.toString().stripTrailing());
    }
}
