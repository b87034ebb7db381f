package fr.copilote.importer.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.job.ImportJobParameters;
import fr.copilote.importer.support.FailingTrigger;
import fr.copilote.importer.support.ImporterTestApplication;
import fr.copilote.importer.support.InputFiles;
import fr.copilote.model.testing.SharedData;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.statistics.StatisticSource;
import fr.copilote.model.statistics.StatisticTotal;
import fr.copilote.model.consolidation.SaeFigure;
import fr.copilote.model.store.OfficialStatisticsStore;
import fr.copilote.model.testing.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import job with real statistics files dropped beside a minimal valid input folder (and the real SAE
 * directory, so that figures roll up to real legal entities).
 */
@SpringBootTest(classes = ImporterTestApplication.class)
@SpringBatchTest
class OfficialStatisticsImportTests {

    private static final String MCO = "sae-2023/MCO_2023r.csv";
    private static final String Q21 = "sae-2023/Q21_2023r.csv";
    private static final String SCANSANTE_2023 = "scansante/A_Publics_PSPH_2023_tous_sejours.csv";
    private static final String SCANSANTE_2024 = "scansante/A_Publics_PSPH_2024_tous_sejours.csv";
    private static final Set<String> SAE_NOT_FIGURES = Set.of("BOR", "AN", "FI", "RS", "FI_EJ");

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

    @AfterEach
    void removeTrigger() {
        FailingTrigger.remove(jdbc);
    }

    private void dropIntoInput(String... realFiles) {
        InputFiles.write(input, 12);
        copy("sae-2023/ID_2023r.csv");
        for (String file : realFiles) {
            copy(file);
        }
    }

    private void copy(String realFile) {
        try {
            Path source = SharedData.require(realFile);
            Files.copy(source, input.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JobParameters runOf(LocalDate date) {
        return new JobParametersBuilder()
                .addLocalDate(ImportJobParameters.BUSINESS_DATE, date)
                .addString(ImportJobParameters.INPUT_FOLDER, input.toString(), false)
                .toJobParameters();
    }

    private Map<String, Object> registered(String fileName, String status) {
        return jdbc.queryForMap("SELECT id, rows_read, rows_accepted, rows_rejected, rows_warned FROM import_file "
                + "WHERE file_name = ? AND status = ?", fileName, status);
    }

    private long figures(Object importFileId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM official_statistic WHERE import_file_id = ?", Long.class, importFileId);
    }

    private long statistics() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM official_statistic", Long.class);
    }

    @Test
    void importsEveryStatisticsFileOfEveryYearAndPublishesItsFigures() throws Exception {
        dropIntoInput(MCO, Q21, SCANSANTE_2023, SCANSANTE_2024);

        JobExecution execution = jobOperator.startJob(runOf(LocalDate.of(2024, 12, 31)));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        RawFile mcoText = RawFile.read(SharedData.require(MCO), StandardCharsets.ISO_8859_1, ';');
        Map<String, Object> mco = registered("MCO_2023r.csv", "PUBLISHED");
        assertThat(mco).containsEntry("ROWS_READ", mcoText.dataLineCount()).containsEntry("ROWS_ACCEPTED", mcoText.dataLineCount())
                .containsEntry("ROWS_REJECTED", 0L).containsEntry("ROWS_WARNED", 0L);
        assertThat(figures(mco.get("ID"))).isEqualTo(mcoText.nonEmptyCellsExcept(SAE_NOT_FIGURES));
        assertThat(registered("Q21_2023r.csv", "PUBLISHED")).containsEntry("ROWS_READ", 13_600L).containsEntry("ROWS_REJECTED", 0L);
        for (String year : List.of("2023", "2024")) {
            RawFile text = RawFile.read(SharedData.require("scansante/A_Publics_PSPH_" + year + "_tous_sejours.csv"), StandardCharsets.UTF_8, ',');
            Map<String, Object> file = registered("A_Publics_PSPH_" + year + "_tous_sejours.csv", "PUBLISHED");
            assertThat(file).containsEntry("ROWS_READ", text.dataLineCount()).containsEntry("ROWS_REJECTED", 3L)
                    .containsEntry("ROWS_ACCEPTED", text.dataLineCount() - 3);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT line_number) FROM import_warning WHERE import_file_id = ?",
                    Long.class, file.get("ID"))).isEqualTo(file.get("ROWS_WARNED")).isPositive();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official_statistic WHERE import_file_id = ? AND masked_text = '1 à 10' "
                    + "AND amount IS NULL", Long.class, file.get("ID"))).isEqualTo(text.occurrences("1 à 10"));
        }
        // CH de Fleyriat's stays roll up to its legal entity; an establishment unknown to the directory keeps no entity
        assertThat(jdbc.queryForMap("SELECT legal_entity, amount FROM official_statistic WHERE finess = '010000024' AND measure = 'SEJHC_MCO'"))
                .containsEntry("LEGAL_ENTITY", "010780054").hasEntrySatisfying("AMOUNT", amount ->
                        assertThat((BigDecimal) amount).isEqualByComparingTo("18459"));
        assertThat(jdbc.queryForList("SELECT DISTINCT legal_entity FROM official_statistic WHERE finess = '970500005'", String.class))
                .containsExactly((String) null);
    }

    @Test
    void sumsTheMedicalFteOfALegalEntityOverItsSitesFromThePublishedQ21() throws Exception {
        dropIntoInput(Q21, SCANSANTE_2023);
        assertThat(jobOperator.startJob(runOf(LocalDate.of(2024, 12, 31))).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        OfficialStatisticsStore store = new OfficialStatisticsStore(JdbcClient.create(jdbc));

        // Q21, DISCI 9999: CH de Fleyriat 010000024 ETP_SAL 176.2 (ETP_HU empty) + USLD Émile Pélicand 010009702 1.35
        StatisticTotal bourg = store.medicalFte(2023).get(new Finess("010780054"));
        assertThat(bourg.amount()).isEqualByComparingTo("177.55");
        assertThat(bourg.exact()).isTrue();
        // CH Hauteville-Lompnès' day-hospital stays were masked « 1 à 10 »: a total that cannot be exact
        StatisticTotal hauteville = store.sumByLegalEntity(StatisticSource.SCANSANTE_MCO, 2023, null, List.of("SEJOURS_HP"))
                .get(new Finess("010007987"));
        assertThat(hauteville.exact()).isFalse();
        assertThat(hauteville.maskedFigures()).isEqualTo(1);
    }

    @Test
    void sumsEachSaeFigureOfTheCatalogueOverTheSitesAndRowsItCountsFromThePublishedBases() throws Exception {
        dropIntoInput(MCO, "sae-2023/URGENCES2_2023r.csv", "sae-2023/PERINAT_2023r.csv", "sae-2023/SSR_2023r.csv");
        assertThat(jobOperator.startJob(runOf(LocalDate.of(2024, 12, 31))).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        OfficialStatisticsStore store = new OfficialStatisticsStore(JdbcClient.create(jdbc));
        Finess chu = new Finess("420784878");

        // CHU de Saint-Étienne, summed by hand over its sites in the 2023 bases: PASSU of every emergency unit (GEN and
        // PED) 102 667; SSR_TOT rows only: 115 beds, 31 191 days (the SSR_A and SSR_E rows would count them twice);
        // ACCUN + ACCMU 2 786 deliveries, ENFANTS 2 908 births; JLI_MCO 341 578 bed-days.
        assertThat(store.sumByLegalEntity(SaeFigure.EMERGENCY_PASSAGES, 2023).get(chu).amount()).isEqualByComparingTo("102667");
        assertThat(store.sumByLegalEntity(SaeFigure.SSR_BEDS, 2023).get(chu).amount()).isEqualByComparingTo("115");
        assertThat(store.sumByLegalEntity(SaeFigure.SSR_DAYS, 2023).get(chu).amount()).isEqualByComparingTo("31191");
        assertThat(store.sumByLegalEntity(SaeFigure.DELIVERIES, 2023).get(chu).amount()).isEqualByComparingTo("2786");
        assertThat(store.sumByLegalEntity(SaeFigure.BIRTHS, 2023).get(chu).amount()).isEqualByComparingTo("2908");
        assertThat(store.sumByLegalEntity(SaeFigure.MCO_BED_DAYS, 2023).get(chu).amount()).isEqualByComparingTo("341578");
        assertThat(store.sumByLegalEntity(SaeFigure.MCO_BED_DAYS, 2022)).isEmpty();
    }

    @Test
    void aSecondRunWithTheSameFilesImportsNoFigureAgain() throws Exception {
        dropIntoInput(Q21, SCANSANTE_2023, SCANSANTE_2024);
        assertThat(jobOperator.startJob(runOf(LocalDate.of(2024, 12, 30))).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long afterFirstRun = statistics();

        assertThat(jobOperator.startJob(runOf(LocalDate.of(2024, 12, 31))).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(statistics()).isEqualTo(afterFirstRun);
        assertThat(jdbc.queryForList("SELECT status FROM import_file WHERE kind IN ('SAE_Q21', 'SCANSANTE_MCO') ORDER BY id",
                String.class)).containsExactly("PUBLISHED", "PUBLISHED", "PUBLISHED", "UNCHANGED", "UNCHANGED", "UNCHANGED");
    }

    @Test
    void aCorrectedFileReplacesTheFiguresOfItsOwnYearOnly() throws Exception {
        dropIntoInput(SCANSANTE_2023, SCANSANTE_2024);
        assertThat(jobOperator.startJob(runOf(LocalDate.of(2024, 12, 30))).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long figures2023 = countOfYear(2023);
        long figures2024 = countOfYear(2024);
        // ATIH corrects CH du Haut Bugey's 2024 stays: 9 337 becomes 9 400
        Path corrected = input.resolve("A_Publics_PSPH_2024_tous_sejours.csv");
        Files.writeString(corrected, Files.readString(corrected, StandardCharsets.UTF_8)
                .replace("CH,010008407,CH DU HAUT BUGEY,M12,9 337,", "CH,010008407,CH DU HAUT BUGEY,M12,9 400,"), StandardCharsets.UTF_8);

        assertThat(jobOperator.startJob(runOf(LocalDate.of(2024, 12, 31))).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("SELECT status FROM import_file WHERE file_name = 'A_Publics_PSPH_2024_tous_sejours.csv' ORDER BY id",
                String.class)).containsExactly("SUPERSEDED", "PUBLISHED");
        assertThat(jdbc.queryForList("SELECT status FROM import_file WHERE file_name = 'A_Publics_PSPH_2023_tous_sejours.csv' ORDER BY id",
                String.class)).containsExactly("PUBLISHED", "UNCHANGED");
        assertThat(countOfYear(2024)).isEqualTo(figures2024);
        assertThat(countOfYear(2023)).isEqualTo(figures2023);
        assertThat(jdbc.queryForList("SELECT amount FROM official_statistic WHERE finess = '010008407' AND measure = 'SEJOURS_TOTAL' "
                + "AND stat_year = 2024", BigDecimal.class)).singleElement()
                .satisfies(amount -> assertThat(amount).isEqualByComparingTo("9400"));
    }

    @Test
    void aRestartAfterALaterStepFailedDoesNotImportTheStatisticsAgain() throws Exception {
        dropIntoInput(Q21, SCANSANTE_2023);
        FailingTrigger.install(jdbc);
        FailingTrigger.failOnceAtLine(jdbc, 5);
        JobExecution failed = jobOperator.startJob(runOf(LocalDate.of(2024, 12, 31)));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        List<Map<String, Object>> publishedBefore = jdbc.queryForList(
                "SELECT id, status FROM import_file WHERE kind IN ('SAE_Q21', 'SCANSANTE_MCO') ORDER BY id");
        long figuresBefore = statistics();

        JobExecution restarted = jobOperator.startJob(runOf(LocalDate.of(2024, 12, 31)));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(publishedBefore).extracting(row -> row.get("STATUS")).containsOnly("PUBLISHED").hasSize(2);
        assertThat(jdbc.queryForList("SELECT id, status FROM import_file WHERE kind IN ('SAE_Q21', 'SCANSANTE_MCO') ORDER BY id"))
                .isEqualTo(publishedBefore);
        assertThat(statistics()).isEqualTo(figuresBefore).isPositive();
    }

    @Test
    void twoFilesOfOneKindForTheSameYearStopTheRunBeforeAnythingIsWritten() throws Exception {
        dropIntoInput(SCANSANTE_2023);
        Files.copy(input.resolve("A_Publics_PSPH_2023_tous_sejours.csv"), input.resolve("B_Copie_2023_tous_sejours.csv"));

        JobExecution execution = jobOperator.startJob(runOf(LocalDate.of(2024, 12, 31)));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getExitStatus().getExitDescription()).contains("B_Copie_2023_tous_sejours.csv", "un seul fichier");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_file", Long.class)).isZero();
        assertThat(statistics()).isZero();
    }

    private long countOfYear(int year) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM official_statistic WHERE source = 'SCANSANTE_MCO' AND stat_year = ?",
                Long.class, year);
    }
}
