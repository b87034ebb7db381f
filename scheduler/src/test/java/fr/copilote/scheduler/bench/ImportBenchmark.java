package fr.copilote.scheduler.bench;

import fr.copilote.importer.job.ImportJobConfiguration;
import fr.copilote.importer.job.ImportJobParameters;
import fr.copilote.model.generator.DataGenerator;
import fr.copilote.model.generator.GeneratorSettings;
import fr.copilote.scheduler.support.Folders;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.Flyway;
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
 * Import of a large {@code activite.csv}, three ways on the same file and the same kind of database (H2 file):
 * (a) Commons CSV parsing alone, (b) parsing plus a bare JDBC batch insert into the same table with the same
 * commit interval, (c) Copilote's import step with its validation, rejects, accounting and restartability —
 * in alternated rounds, best time of each.
 * Target: c/b ≥ 0.7, peak heap under 512 MB (the harness runs with -Xmx512m).
 */
final class ImportBenchmark {

    private static final int CHUNK = 2000;
    private static final int WARM_UP_ROWS = 100_000;
    private static final int ROUNDS = 3;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).get();

    private final long rows;

    ImportBenchmark(long rows) {
        this.rows = rows;
    }

    String run() throws Exception {
        Path work = Files.createTempDirectory("copilote-bench-import");
        try {
            Path input = work.resolve("entrees");
            DataGenerator.generate(GeneratorSettings.nationalScale(42, 135, 3_000, 10_000, 24, YearMonth.of(2024, 12), rows, null), input);
            Path warmUp = warmUpCopy(input, work.resolve("echauffement"));
            parse(warmUp.resolve("activite.csv"));
            bareInsert(warmUp.resolve("activite.csv"), work.resolve("base-echauffement-b"));
            importStep(warmUp, work.resolve("base-echauffement-c"));

            Path file = input.resolve("activite.csv");
            Measure a = null;
            Measure b = null;
            Measure c = null;
            List<Double> ratios = new ArrayList<>();
            // Alternated rounds, best of each: both sides see the same machine, disk cache and load. Each round's
            // database goes as soon as it is measured, so that none weighs on the next round's disk.
            for (int round = 1; round <= ROUNDS; round++) {
                a = Measure.best(a, parse(file));
                Measure bareRound = bareInsert(file, work.resolve("base-b-" + round));
                Measure stepRound = importStep(input, work.resolve("base-c-" + round));
                ratios.add(stepRound.rowsPerSecond() / bareRound.rowsPerSecond());
                b = Measure.best(b, bareRound);
                c = Measure.best(c, stepRound);
            }
            return report(file, a, b, c, ratios);
        } finally {
            Folders.delete(work);
        }
    }

    /** The same folder with only the first rows of activity, to let the JIT compile every phase before timing. */
    private static Path warmUpCopy(Path input, Path warmUp) throws IOException {
        Files.createDirectories(warmUp);
        try (Stream<Path> files = Files.list(input)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("activite.csv")) {
                    Files.copy(f, warmUp.resolve(f.getFileName()));
                }
            }
        }
        try (BufferedReader in = Files.newBufferedReader(input.resolve("activite.csv"));
             BufferedWriter out = Files.newBufferedWriter(warmUp.resolve("activite.csv"))) {
            String line;
            for (int i = 0; i <= WARM_UP_ROWS && (line = in.readLine()) != null; i++) {
                out.write(line);
                out.write('\n');
            }
        }
        return warmUp;
    }

    private static Measure parse(Path file) throws Exception {
        try (HeapWatch heap = new HeapWatch(); Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            long start = System.nanoTime();
            long count = 0;
            long chars = 0;
            for (CSVRecord record : parser) {
                for (String value : record) {
                    chars += value.length();
                }
                count++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (chars == 0) {
                throw new IllegalStateException("nothing parsed");
            }
            return new Measure("(a) analyse Commons CSV seule", count, seconds, heap.peakMegabytes());
        }
    }

    /** Parsing plus the same INSERT into the same migrated table, committed every {@value CHUNK} rows. */
    private static Measure bareInsert(Path file, Path database) throws Exception {
        String url = BenchH2.url(database.resolve("copilote"));
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        try (HeapWatch heap = new HeapWatch(); Connection connection = DriverManager.getConnection(url, "sa", "");
             Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO import_file (id, kind, file_name, sha256, size_bytes, status, started_at) "
                        + "VALUES (1, 'ACTIVITE', 'activite.csv', 'x', 0, 'LOADING', CURRENT_TIMESTAMP)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            long count = 0;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO activity (import_file_id, line_number, "
                    + "period, finess, legal_entity, care_pathway, activity_type, volume, revenue_eur, direct_cost_eur, "
                    + "patient_territory, convention_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (CSVRecord record : parser) {
                    count++;
                    insert.setLong(1, 1);
                    insert.setLong(2, count + 1);
                    insert.setObject(3, YearMonth.parse(record.get(0)).atDay(1));
                    insert.setString(4, record.get(1));
                    insert.setString(5, record.get(1));
                    insert.setString(6, record.get(2));
                    insert.setString(7, record.get(3));
                    insert.setLong(8, Long.parseLong(record.get(4)));
                    insert.setBigDecimal(9, new BigDecimal(record.get(5)));
                    insert.setBigDecimal(10, new BigDecimal(record.get(6)));
                    setNullable(insert, 11, record.get(7));
                    setNullable(insert, 12, record.get(8));
                    insert.addBatch();
                    if (count % CHUNK == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Measure("(b) analyse + insertion JDBC par lots, sans cadre", count, seconds, heap.peakMegabytes());
        } finally {
            Folders.delete(database);
        }
    }

    private static void setNullable(PreparedStatement insert, int index, String value) throws Exception {
        if (value.isEmpty()) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }

    /** The import job on the folder; the figure is the activity step's own duration. */
    private static Measure importStep(Path input, Path database) throws Exception {
        try (HeapWatch heap = new HeapWatch();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(ImportBenchApplication.class)
                     .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                     .run("--spring.datasource.url=" + BenchH2.url(database.resolve("copilote")),
                             "--spring.datasource.username=sa", "--spring.datasource.password=",
                             "--spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor}",
                             "--spring.batch.job.enabled=false", "--spring.batch.jdbc.initialize-schema=never",
                             "--copilote.import.chunk-size=" + CHUNK, "--logging.level.root=WARN",
                             "--logging.level.fr.copilote=WARN")) {
            Job job = context.getBean(ImportJobConfiguration.JOB_NAME + "Job", Job.class);
            JobExecution execution = context.getBean(JobOperator.class).start(job, new JobParametersBuilder()
                    .addLocalDate(ImportJobParameters.BUSINESS_DATE, LocalDate.of(2024, 12, 31))
                    .addString(ImportJobParameters.INPUT_FOLDER, input.toString(), false)
                    .toJobParameters());
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("import en échec : " + execution.getAllFailureExceptions());
            }
            StepExecution step = execution.getStepExecutions().stream()
                    .filter(s -> s.getStepName().equals("importActivity")).findFirst().orElseThrow();
            double seconds = Duration.between(step.getStartTime(), step.getEndTime()).toNanos() / 1e9;
            return new Measure("(c) étape d'import Copilote (validation, rejets, comptes, reprise)", step.getReadCount(),
                    seconds, heap.peakMegabytes());
        } finally {
            Folders.delete(database);
        }
    }

    private String report(Path file, Measure a, Measure b, Measure c, List<Double> ratios) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        String perRound = ratios.stream().map(r -> String.format(Locale.FRANCE, "%.2f", r)).collect(Collectors.joining(" ; "));
        return String.format(Locale.FRANCE, """
                ## Import d'`activite.csv` (issue 3)

                Mesuré le %s sur %d cœurs, Java %s, tas limité à %d Mo ; fichier de %,d lignes (%,.0f Mo) écrit par le
                générateur (`generate --national`, graine 42) ; base H2 fichier, neuve à chaque mesure ; lots de %,d lignes
                validés ensemble. Chaque phase est d'abord chauffée sur %,d lignes, puis mesurée sur le fichier entier en
                %d tours alternés (a, b, c, puis de nouveau) : meilleur temps de chacune, pic du tas le plus haut des tours.

                | phase | lignes/s | durée (s) | pic du tas (Mo) |
                |---|---:|---:|---:|
                %s
                %s
                %s

                Rapports : **c/a = %.2f**, **c/b = %.2f** (objectif c/b ≥ 0,7) ; c/b tour par tour : %s.
                """, LocalDate.now(), runtime.availableProcessors(), System.getProperty("java.version"),
                runtime.maxMemory() / (1024 * 1024), c.rows(), Files.size(file) / 1e6, CHUNK, WARM_UP_ROWS, ROUNDS,
                a.tableRow(), b.tableRow(), c.tableRow(), c.rowsPerSecond() / a.rowsPerSecond(),
                c.rowsPerSecond() / b.rowsPerSecond(), perRound);
    }
}
