package fr.copilote.importer.job;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.support.ImporterTestApplication;
import fr.copilote.importer.support.InputFiles;
import fr.copilote.model.testing.SharedData;
import fr.copilote.model.testing.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import fr.copilote.model.generator.DataGenerator;
import fr.copilote.model.generator.GeneratorSettings;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file that replaces an earlier one but is cut short — a truncated export, a partial extraction — is held back
 * before anything of it is published: the run fails naming the file, what it would replace and by how much, and the
 * earlier figures stay in force; relaunched with {@code acceptReduction} naming the file, it is published.
 */
@SpringBootTest(classes = ImporterTestApplication.class)
@SpringBatchTest
class TruncatedReplacementTests {

    private static final LocalDate FIRST_NIGHT = LocalDate.of(2024, 12, 30);
    private static final LocalDate SECOND_NIGHT = LocalDate.of(2024, 12, 31);

    @Autowired
    JobOperatorTestUtils jobOperator;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MCO_2023r.csv", "URGENCES2_2023r.csv", "PERINAT_2023r.csv", "SSR_2023r.csv", "Q21_2023r.csv"})
    void aSaeBaseCutInHalfIsHeldAndTheEarlierFiguresStayInForceUntilAccepted(String base) throws Exception {
        // given the full base published on a first night
        InputFiles.write(input, 12);
        Files.copy(SharedData.require("sae-2023/ID_2023r.csv"), input.resolve("ID_2023r.csv"), StandardCopyOption.REPLACE_EXISTING);
        Path real = SharedData.require("sae-2023/" + base);
        Files.copy(real, input.resolve(base));
        assertThat(runNight(FIRST_NIGHT).status()).isEqualTo(BatchStatus.COMPLETED);
        long published = figures();

        // when the next night brings the same base cut in the middle of a line, as `head -c` leaves it
        cutInHalf(real, input.resolve(base));
        Outcome held = runNight(SECOND_NIGHT);

        // then nothing of it is published, the run says why and how to accept it, and the earlier figures are in force
        assertThat(held.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(held.failure()).contains(base + " remplacerait ce qui est publié par bien moins de chiffres")
                .contains("au-delà des 20 % de baisse admis").contains("les chiffres publiés auparavant restent en vigueur")
                .contains("--accept-reduction " + base);
        assertThat(figures()).isEqualTo(published);
        assertThat(jdbc.queryForObject("SELECT status FROM import_file WHERE file_name = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
                String.class, base)).isEqualTo("PUBLISHED");

        // and the same night relaunched with the reduction accepted publishes the cut base
        Outcome accepted = runNight(SECOND_NIGHT, base);
        assertThat(accepted.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(figures()).isPositive().isLessThan(published * 8 / 10);
    }

    @Test
    void aDirectoryCutInHalfIsHeld() throws Exception {
        InputFiles.write(input, 12);
        Path real = SharedData.require("sae-2023/ID_2023r.csv");
        Files.copy(real, input.resolve("ID_2023r.csv"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(runNight(FIRST_NIGHT).status()).isEqualTo(BatchStatus.COMPLETED);
        long sites = count("establishment");

        cutInHalf(real, input.resolve("ID_2023r.csv"));
        Outcome held = runNight(SECOND_NIGHT);

        assertThat(held.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(held.failure()).contains("ID_2023r.csv remplacerait ce qui est publié par bien moins d")
                .contains("annuaire des établissements : " + String.format(Locale.FRANCE, "%,d", sites));
        assertThat(count("establishment")).isEqualTo(sites);
    }

    @Test
    void anActivityFileCutShortIsHeldForTheMonthsItWouldEmptyAndPublishedOnceAccepted() {
        // given 12,000 rows over twelve months
        InputFiles.write(input, 12_000);
        assertThat(runNight(FIRST_NIGHT).status()).isEqualTo(BatchStatus.COMPLETED);

        // when the next night's file stops after 4,000 rows: every month would lose two thirds of its rows
        InputFiles.writeActivity(input.resolve("activite.csv"), 4_000);
        Outcome held = runNight(SECOND_NIGHT);

        assertThat(held.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(held.failure()).contains("activite.csv remplacerait ce qui est publié par bien moins de lignes d'activité")
                .contains(String.format(Locale.FRANCE, " : %,d → %,d (−66,7 %%)", 1_000, 333)).contains("et 9 autres").contains("--accept-reduction activite.csv");
        assertThat(publishedActivity()).isEqualTo(12_000);

        assertThat(runNight(SECOND_NIGHT, "activite.csv").status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(publishedActivity()).isEqualTo(4_000);
    }

    @Test
    void aCorrectedActivityFileOfTheSameSizeReplacesTheEarlierOneWithoutBeingHeld() {
        InputFiles.write(input, 12_000);
        assertThat(runNight(FIRST_NIGHT).status()).isEqualTo(BatchStatus.COMPLETED);

        // a file of slightly fewer rows (−10 % in each month) is a correction, not a truncation
        InputFiles.writeActivity(input.resolve("activite.csv"), 10_800);
        assertThat(runNight(SECOND_NIGHT).status()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(publishedActivity()).isEqualTo(10_800);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_file WHERE kind = 'ACTIVITE' AND status = 'SUPERSEDED'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void aTerritoriesFileThatLosesMostOfATerritorysMembersIsHeld() throws IOException {
        DataGenerator.generate(GeneratorSettings.nationalScale(5, 2, 60, 40, 12, YearMonth.of(2024, 12), 2_000, null), input);
        assertThat(runNight(FIRST_NIGHT).status()).isEqualTo(BatchStatus.COMPLETED);
        List<String> lines = Files.readAllLines(input.resolve("territoires.csv"));
        String first = lines.get(1).split(";")[0];
        long members = lines.stream().filter(line -> line.startsWith(first + ";")).count();

        // the first territory keeps its support and one member; the other territory is untouched
        List<String> cut = new ArrayList<>(List.of(lines.get(0)));
        cut.addAll(lines.stream().filter(line -> line.startsWith(first + ";")).limit(2).toList());
        cut.addAll(lines.stream().skip(1).filter(line -> !line.startsWith(first + ";")).toList());
        Files.write(input.resolve("territoires.csv"), cut);
        Outcome held = runNight(SECOND_NIGHT);

        assertThat(held.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(held.failure()).contains("territoires.csv remplacerait ce qui est publié par bien moins d'adhésions aux territoires")
                .contains(first + " : " + members + " → 2 (−");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM territory_membership m JOIN import_file f ON f.id = m.import_file_id "
                + "WHERE f.status = 'PUBLISHED'", Long.class)).isEqualTo(lines.size() - 1L);
    }

    /** A night's end; not the JobExecution itself, which Spring Batch's test listeners would take for a factory method. */
    private record Outcome(BatchStatus status, String failure) {
    }

    private Outcome runNight(LocalDate date, String... acceptedReductions) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLocalDate(ImportJobParameters.BUSINESS_DATE, date)
                .addString(ImportJobParameters.INPUT_FOLDER, input.toString(), false);
        if (acceptedReductions.length > 0) {
            parameters.addString(ImportJobParameters.ACCEPT_REDUCTION, String.join(",", acceptedReductions), false);
        }
        try {
            JobExecution execution = jobOperator.startJob(parameters.toJobParameters());
            return new Outcome(execution.getStatus(), execution.getAllFailureExceptions().stream().map(Throwable::getMessage)
                    .reduce("", String::concat));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void cutInHalf(Path source, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
    }

    private long figures() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM official_statistic s JOIN import_file f ON f.id = s.import_file_id "
                + "WHERE f.status = 'PUBLISHED'", Long.class);
    }

    private long publishedActivity() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM activity a JOIN import_file f ON f.id = a.import_file_id "
                + "WHERE f.status = 'PUBLISHED'", Long.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
