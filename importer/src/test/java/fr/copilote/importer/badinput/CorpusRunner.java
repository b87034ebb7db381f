package fr.copilote.importer.badinput;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.job.ImportJobParameters;
import fr.copilote.model.testing.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the {@code import} job on an input folder made of the valid files of {@code bad-input/valide/} with
 * corpus files of {@code bad-input/} copied over them. A corpus file is named after the file it stands for:
 * {@code activite-mois-13.csv} is copied into the run folder as {@code activite.csv},
 * {@code FR_healthcare-deux-sites.csv} as {@code FR_healthcare.csv}.
 */
final class CorpusRunner {

    /** The business date of a run, unless a test needs several nights. */
    static final LocalDate NIGHT = LocalDate.of(2024, 12, 31);

    private static final String CORPUS = "/bad-input/";
    private static final List<String> VALID_FILES = List.of("ID_2023r.csv", "territoires.csv", "conventions.csv", "activite.csv");

    private final JobOperatorTestUtils jobs;
    private final JdbcTemplate jdbc;
    private final ImportRegistry registry;
    private final Path work;
    private int runs;

    /** Empties the database (tables and job repository) so that every test starts from the first night. */
    CorpusRunner(JobOperatorTestUtils jobs, JdbcTemplate jdbc, ImportRegistry registry, Path work) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.registry = registry;
        this.work = work;
        Tables.empty(jdbc);
    }

    /** Imports the valid folder with the given corpus files in it; the outcome is told for the first one. */
    CorpusRun importWith(String corpusFile, String... moreCorpusFiles) {
        Path input = validFolder();
        put(input, corpusFile);
        Arrays.stream(moreCorpusFiles).forEach(file -> put(input, file));
        return run(input, kindOf(targetName(corpusFile)), NIGHT);
    }

    /** A fresh copy of the valid input folder, for a test that writes or removes files itself. */
    Path validFolder() {
        Path input = work.resolve("entrees-" + (++runs));
        VALID_FILES.forEach(file -> copy(CORPUS + "valide/" + file, input.resolve(file)));
        return input;
    }

    /** Copies a corpus file into the folder under the name of the file it stands for. */
    static Path put(Path input, String corpusFile) {
        return copy(CORPUS + corpusFile, input.resolve(targetName(corpusFile)));
    }

    CorpusRun run(Path input, InputKind kind, LocalDate night) {
        Path output = work.resolve("sorties-" + (++runs));
        try {
            Files.createDirectories(output);
            JobExecution execution = jobs.startJob(new JobParametersBuilder()
                    .addLocalDate(ImportJobParameters.BUSINESS_DATE, night)
                    .addString(ImportJobParameters.INPUT_FOLDER, input.toString(), false)
                    .addString(ImportJobParameters.OUTPUT_FOLDER, output.toString(), false)
                    .toJobParameters());
            return new CorpusRun(execution, kind, night, output, jdbc, registry);
        } catch (Exception e) {
            throw new AssertionError("the import job could not even be launched: " + e, e);
        }
    }

    static String targetName(String corpusFile) {
        int dash = corpusFile.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("a corpus file is named <target>-<case>.csv: " + corpusFile);
        }
        return corpusFile.substring(0, dash) + ".csv";
    }

    static InputKind kindOf(String fileName) {
        return Arrays.stream(InputKind.values()).filter(kind -> kind.fileName().matcher(fileName).matches()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no input kind is named " + fileName));
    }

    private static Path copy(String resource, Path target) {
        try (InputStream in = CorpusRunner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("corpus file missing from the test resources: " + resource);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
