package fr.copilote.importer.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.report.RejectReportWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one run of the import job left for the admin, seen from one input file: the job's outcome, the
 * registry row of the file, its rejects and warnings (read once the run ended) and the rows it put in its table.
 */
final class CorpusRun {

    private final JobExecution execution;
    private final InputKind kind;
    private final LocalDate night;
    private final Path output;
    private final JdbcTemplate jdbc;
    private final List<ImportedFile> registered;
    private final List<Problem> rejects;
    private final List<Problem> warnings;
    private final ImportRegistry registry;

    CorpusRun(JobExecution execution, InputKind kind, LocalDate night, Path output, JdbcTemplate jdbc, ImportRegistry registry) {
        this.execution = execution;
        this.kind = kind;
        this.night = night;
        this.output = output;
        this.jdbc = jdbc;
        this.registry = registry;
        this.registered = registry.forExecution(execution.getId());
        this.rejects = problems("import_reject");
        this.warnings = problems("import_warning");
    }

    JobExecution execution() {
        return execution;
    }

    BatchStatus status() {
        return execution.getStatus();
    }

    /** The registry row of the file this run is about. */
    ImportedFile file() {
        return registered.stream().filter(file -> file.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no import_file row for " + kind + " in this run; registered: " + registered));
    }

    /** Every file this run registered, in the order of registration. */
    List<ImportedFile> registered() {
        return registered;
    }

    List<Problem> rejects() {
        return rejects;
    }

    List<Problem> warnings() {
        return warnings;
    }

    /** The file's most frequent reject rules, as the Qualité des données sheet shows them. */
    List<String> topRejectReasons() {
        return registry.topRejectRules(file().id(), 3);
    }

    /** The exception that failed the run: its message is what the admin reads. */
    Throwable failure() {
        assertThat(execution.getStatus()).as("the run failed").isEqualTo(BatchStatus.FAILED);
        List<Throwable> failures = execution.getAllFailureExceptions();
        assertThat(failures).as("the run failed for one reason").hasSize(1);
        return failures.get(0);
    }

    /** Rows of this file in its table, whatever the file's status. */
    long rowsStored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + kind.rowTable() + " WHERE import_file_id = ?", Long.class, file().id());
    }

    /** Σ of a numeric column over the rows of this file. */
    BigDecimal sum(String column) {
        BigDecimal sum = jdbc.queryForObject("SELECT SUM(" + column + ") FROM " + kind.rowTable() + " WHERE import_file_id = ?",
                BigDecimal.class, file().id());
        return sum == null ? BigDecimal.ZERO : sum.stripTrailingZeros();
    }

    /** A column of this file's rows as stored, in line order. */
    List<String> stored(String column) {
        return jdbc.queryForList("SELECT " + column + " FROM " + kind.rowTable() + " WHERE import_file_id = ? ORDER BY line_number",
                String.class, file().id());
    }

    /**
     * Every row accounted for: the registry says rows read = accepted + rejected, the table holds exactly the
     * accepted rows, and each rejected row has its rejects.
     */
    void assertEveryRowAccountedFor(long read, long rejected) {
        ImportedFile file = file();
        assertThat(file.rowsRead()).as("rows read").isEqualTo(read);
        assertThat(file.rowsRejected()).as("rows rejected").isEqualTo(rejected);
        assertThat(file.rowsAccepted()).as("rows accepted = read − rejected").isEqualTo(read - rejected);
        assertThat(rowsStored()).as("rows in " + kind.rowTable()).isEqualTo(read - rejected);
        assertThat(rejects.stream().map(Problem::line).distinct().count()).as("lines with rejects").isEqualTo(rejected);
    }

    /** The run completed and the file's accepted rows are visible. */
    void assertPublished() {
        assertThat(execution.getStatus()).as("run status").isEqualTo(BatchStatus.COMPLETED);
        assertThat(file().status()).as("status of " + file().fileName()).isEqualTo(ImportStatus.PUBLISHED);
    }

    /** A structural failure: the run failed in its input check, before registering or writing anything. */
    void assertStoppedBeforeWritingAnything() {
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getStepExecutions()).extracting(step -> step.getStepName() + ":" + step.getStatus())
                .containsExactly("checkInputs:FAILED");
        assertThat(registered).as("files registered by the run").isEmpty();
        for (String table : List.of("import_file", "import_reject", "import_warning", "territory_membership", "convention",
                "activity", "establishment")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).as("rows in " + table).isZero();
        }
    }

    /** The reject report of this file, as written by the reportRejects step. */
    Path rejectReportFile() {
        return output.resolve(RejectReportWriter.fileName(file(), night));
    }

    /** The records of the reject report (header excluded), as a spreadsheet or a CSV reader sees them. */
    List<CSVRecord> rejectReport() {
        Path report = rejectReportFile();
        try (Reader reader = Files.newBufferedReader(report, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return csv.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Problem> problems(String table) {
        return registered.stream().filter(file -> file.kind() == kind).findFirst()
                .map(file -> jdbc.query("SELECT line_number, column_name, rule, message FROM " + table
                                + " WHERE import_file_id = ? ORDER BY line_number, seq",
                        (rs, n) -> new Problem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), file.id()))
                .orElse(List.of());
    }
}
