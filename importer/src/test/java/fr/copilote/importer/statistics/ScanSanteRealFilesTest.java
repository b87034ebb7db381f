package fr.copilote.importer.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.RowProblem;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.model.testing.SharedData;
import fr.copilote.model.statistics.OfficialStatistic;
import fr.copilote.model.statistics.PublishedValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ATIH ScanSanté stays per public or non-profit establishment, 2019–2024, read as published: UTF-8 with BOM,
 * commas, thousands grouped by spaces, decimal commas in quoted cells, percentages, small counts masked.
 */
class ScanSanteRealFilesTest {

    private static ReferenceData reference;

    /** Per test rather than per class, so that without the real data each test is reported skipped, with the reason. */
    @BeforeEach
    void loadTheRealDirectoryOnce() {
        if (reference == null) {
            reference = RealReference.load();
        }
    }

    private static Path file(int year) {
        return SharedData.require("scansante/A_Publics_PSPH_" + year + "_tous_sejours.csv");
    }

    private static PublishedFigures read(int year) {
        return PublishedFigures.read(InputKind.SCANSANTE_MCO, file(year), reference);
    }

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024})
    void readsEveryRowOfTheYearAndKeepsEveryMaskedCountMasked(int year) {
        RawFile raw = RawFile.read(file(year), StandardCharsets.UTF_8, ',');

        PublishedFigures figures = read(year);

        assertThat(figures.file().rowsRead()).isEqualTo(raw.dataLineCount());
        assertThat(figures.file().accepted().size() + figures.file().rejected().size()).isEqualTo(raw.dataLineCount());
        List<OfficialStatistic> masked = figures.all().stream().filter(figure -> figure.value().isMasked()).toList();
        assertThat(masked).as("every « 1 à 10 » of the file, counted in its raw text").hasSize((int) raw.occurrences("1 à 10"));
        assertThat(masked).allSatisfy(figure -> {
            assertThat(figure.value().maskedText()).isEqualTo("1 à 10");
            assertThat(figure.value().amount()).isNull();
        });
        assertThat(figures.all()).allSatisfy(figure -> assertThat(figure.year()).isEqualTo(year));
    }

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024})
    void rejectsOnlyTheNationalTotalLineAndTheEstablishmentsPublishedTwice(int year) {
        PublishedFigures figures = read(year);

        // Each year prints a « Total » line without FINESS, and lists 750150237 and 750150260 under two names each
        assertThat(figures.rejectRules()).containsExactlyInAnyOrder(PublishedRowValidator.RULE_DUPLICATE,
                PublishedRowValidator.RULE_DUPLICATE, PublishedRowValidator.RULE_TOTAL_LINE);
        assertThat(figures.file().rejected()).filteredOn(row -> rule(row).equals(PublishedRowValidator.RULE_DUPLICATE))
                .extracting(row -> row.problems().get(0).message())
                .allSatisfy(message -> assertThat(message).contains("avec les mêmes chiffres"));
    }

    @Test
    void readsThousandsDecimalCommasAndPercentagesOfChDuHautBugey() {
        // A_Publics_PSPH_2023_tous_sejours.csv, line 3:
        // « CH,010008407,CH DU HAUT BUGEY,M12,9 699,5 997,3 702,438,"46,9 %","52,18","2,94","1,3 %" »
        Map<String, PublishedValue> hautBugey = read(2023).of("010008407", null);

        assertThat(hautBugey.get("SEJOURS_TOTAL")).isEqualTo(number("9699"));
        assertThat(hautBugey.get("SEJOURS_HC")).isEqualTo(number("5997"));
        assertThat(hautBugey.get("SEJOURS_HP")).isEqualTo(number("3702"));
        assertThat(hautBugey.get("SEANCES")).isEqualTo(number("438"));
        assertThat(hautBugey.get("DMS").amount()).isEqualByComparingTo("2.94");
        assertThat(hautBugey.get("AGE_MOYEN").amount()).isEqualByComparingTo("52.18");
        assertThat(hautBugey.get("PART_HOMMES").amount()).as("46,9 % as a rate").isEqualByComparingTo("0.469");
        assertThat(hautBugey.get("PART_DECES").amount()).isEqualByComparingTo("0.013");
        // 2024, line 3: « …,9 337,5 816,3 521,578,"47,5 %","52,15","2,80","1,4 %" »
        assertThat(read(2024).of("010008407", null).get("SEJOURS_TOTAL")).isEqualTo(number("9337"));
        assertThat(read(2024).of("010008407", null).get("DMS").amount()).isEqualByComparingTo("2.80");
    }

    @Test
    void keepsAMaskedCountBesideAPublishedZero() {
        // 2023, line 2: « CH,010007987,CH HAUTEVILLE-LOMPNES,M12,569,562,1 à 10,0,… »
        Map<String, PublishedValue> hauteville = read(2023).of("010007987", null);

        assertThat(hauteville.get("SEJOURS_HP")).isEqualTo(PublishedValue.masked("1 à 10"));
        assertThat(hauteville.get("SEANCES")).isEqualTo(number("0"));
        assertThat(hauteville.get("SEJOURS_TOTAL")).isEqualTo(number("569"));
    }

    @Test
    void keepsTheFiguresOfEstablishmentsTheDirectoryDoesNotKnowWithAWarning() {
        PublishedFigures figures = read(2023);

        List<String> unknown = figures.file().accepted().stream()
                .filter(row -> row.warnings().stream().anyMatch(w -> w.rule().equals(ReferenceData.RULE_UNKNOWN_FINESS)))
                .map(row -> row.value().figures().get(0).finess().value()).toList();
        assertThat(unknown).containsExactlyInAnyOrder("180010209", "370013286", "520005398", "640020681", "970500005");
        assertThat(figures.of("970500005", null)).isNotEmpty();
    }

    @Test
    void warnsWhenTheFiguresCoverLessThanAYear() {
        // 2023: « CLCC,500021944,UNITÉ RADIOTHERAPIE EXTERNE CHERBOURG,M5,0,0,0,2 496,… »
        List<RowProblem> warnings = read(2023).file().accepted().stream()
                .filter(row -> row.value().figures().get(0).finess().value().equals("500021944"))
                .flatMap(row -> row.warnings().stream()).toList();

        assertThat(warnings).extracting(RowProblem::rule).containsExactly(PublishedRowValidator.WARNING_PARTIAL_PERIOD);
        assertThat(warnings.get(0).message()).contains("5 mois");
    }

    private static String rule(ValidatedRow<?> row) {
        return row.problems().get(0).rule();
    }

    private static PublishedValue number(String amount) {
        return PublishedValue.number(new BigDecimal(amount));
    }
}
