package fr.copilote.importer.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.model.testing.SharedData;
import fr.copilote.model.statistics.OfficialStatistic;
import fr.copilote.model.statistics.PublishedValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The DREES SAE 2023 bases, read as published: ISO-8859-1, semicolons, empty cells, several rows per establishment. */
class SaeStatisticsRealFilesTest {

    /** CH de Fleyriat (Bourg-en-Bresse), a site of the legal entity 010780054. */
    private static final String FLEYRIAT = "010000024";
    /** Columns that name a row or hold text codes: everything else in an SAE base is a figure. */
    private static final Set<String> NOT_FIGURES = Set.of("BOR", "AN", "FI", "RS", "FI_EJ", "URG", "ACC", "GDE", "DISCI",
            "AUTOR", "LACTA");

    private static ReferenceData reference;

    /** Per test rather than per class, so that without the real data each test is reported skipped, with the reason. */
    @BeforeEach
    void loadTheRealDirectoryOnce() {
        if (reference == null) {
            reference = RealReference.load();
        }
    }

    static Stream<Arguments> bases() {
        return Stream.of(Arguments.of(InputKind.SAE_MCO, "MCO_2023r.csv"), Arguments.of(InputKind.SAE_URGENCES, "URGENCES2_2023r.csv"),
                Arguments.of(InputKind.SAE_PERINAT, "PERINAT_2023r.csv"), Arguments.of(InputKind.SAE_SSR, "SSR_2023r.csv"),
                Arguments.of(InputKind.SAE_Q21, "Q21_2023r.csv"));
    }

    private static PublishedFigures read(InputKind kind, String fileName) {
        return PublishedFigures.read(kind, SharedData.require("sae-2023/" + fileName), reference);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("bases")
    void readsEveryRowOfEachSaeBaseAsPublishedAndEveryNonEmptyFigureCell(InputKind kind, String fileName) {
        Path path = SharedData.require("sae-2023/" + fileName);
        RawFile raw = RawFile.read(path, StandardCharsets.ISO_8859_1, ';');

        PublishedFigures figures = read(kind, fileName);

        assertThat(figures.file().rowsRead()).isEqualTo(raw.dataLineCount());
        assertThat(figures.file().rejected()).isEmpty();
        assertThat(figures.file().rowsWarned()).as("every SAE establishment is in the SAE directory").isZero();
        assertThat(figures.all()).as("one figure per non-empty cell of a figure column")
                .hasSize((int) raw.nonEmptyCellsExcept(NOT_FIGURES));
        assertThat(figures.all()).allSatisfy(figure -> {
            assertThat(figure.year()).isEqualTo(2023);
            assertThat(figure.value().isMasked()).as("the SAE bases mask nothing").isFalse();
        });
    }

    @Test
    void readsTheMcoFiguresOfChDeFleyriatAsPublished() {
        Map<String, PublishedValue> fleyriat = read(InputKind.SAE_MCO, "MCO_2023r.csv").of(FLEYRIAT, null);

        // MCO_2023r.csv, line 2: 18,459 full-hospitalisation stays = 11,287 medicine + 3,639 surgery + 3,533 obstetrics
        assertThat(fleyriat.get("SEJHC_MCO")).isEqualTo(number("18459"));
        assertThat(fleyriat.get("SEJHC_MED")).isEqualTo(number("11287"));
        assertThat(fleyriat.get("SEJHC_CHI")).isEqualTo(number("3639"));
        assertThat(fleyriat.get("SEJHC_OBS")).isEqualTo(number("3533"));
        // 354 beds (246 + 68 + 40), 107,981 days, 1,705 zero-day stays, 43,157 sessions (all in medicine)
        assertThat(fleyriat.get("LIT_MCO")).isEqualTo(number("354"));
        assertThat(fleyriat.get("LIT_OBS")).isEqualTo(number("40"));
        assertThat(fleyriat.get("JOU_MCO")).isEqualTo(number("107981"));
        assertThat(fleyriat.get("SEJ0_MCO")).isEqualTo(number("1705"));
        assertThat(fleyriat.get("SEA_MCO")).isEqualTo(number("43157"));
        assertThat(fleyriat.get("SEA_MED")).isEqualTo(number("43157"));
        // PLAN_MED and SEJN_MED are empty on that line: no figure, not zero
        assertThat(fleyriat).doesNotContainKeys("PLAN_MED", "SEJN_MED");
    }

    @Test
    void keepsEachQ21DisciplineApartAndZeroApartFromEmpty() {
        PublishedFigures q21 = read(InputKind.SAE_Q21, "Q21_2023r.csv");

        // Q21_2023r.csv: « Q21;2023;010000024;CH DE FLEYRIAT;010780054;9999;176.2;;0;57.67;6.98;11 »
        Map<String, PublishedValue> total = q21.of(FLEYRIAT, "9999");
        assertThat(total.get("ETP_SAL")).isEqualTo(number("176.2"));
        assertThat(total.get("ETP_MAD")).as("a published zero is a figure").isEqualTo(number("0"));
        assertThat(total).as("an empty cell is no figure").doesNotContainKey("ETP_HU");
        assertThat(total.get("ETP_INT")).isEqualTo(number("57.67"));
        assertThat(total.get("dtETP_STAG")).isEqualTo(number("6.98"));
        assertThat(total.get("EFF_LIB")).isEqualTo(number("11"));
        // 2000 = 2100 + 2300 + 2400 + 2500 for Fleyriat (no 2200 row): 170.71 + 1.75 + 2.34 + 1.4 = 176.2
        assertThat(q21.of(FLEYRIAT, "2100").get("ETP_SAL")).isEqualTo(number("170.71"));
        assertThat(q21.of(FLEYRIAT, "2000").get("ETP_SAL")).isEqualTo(number("176.2"));
        assertThat(q21.of(FLEYRIAT, "2500").get("ETP_SAL")).isEqualTo(number("1.4"));
    }

    @Test
    void findsTheQ21Discipline9999ToBe1000Plus2000And2000ToBeTheSumOf2100To2500() {
        PublishedFigures q21 = read(InputKind.SAE_Q21, "Q21_2023r.csv");
        Map<String, BigDecimal> amounts = q21.all().stream().collect(Collectors.toMap(
                figure -> key(figure, figure.dimension()), figure -> figure.value().amount()));

        List<OfficialStatistic> totals = q21.all().stream().filter(figure -> figure.dimension().equals("9999")).toList();
        assertThat(totals.stream().map(OfficialStatistic::finess).distinct()).as("establishments").hasSize(3680);
        assertThat(totals).allSatisfy(total -> assertThat(sum(amounts, total, "1000", "2000"))
                .as("%s %s", total.finess(), total.measure()).isEqualByComparingTo(total.value().amount()));
        assertThat(q21.all()).filteredOn(figure -> figure.dimension().equals("2000")).allSatisfy(subtotal ->
                assertThat(sum(amounts, subtotal, "2100", "2200", "2300", "2400", "2500"))
                        .as("%s %s", subtotal.finess(), subtotal.measure()).isEqualByComparingTo(subtotal.value().amount()));
    }

    private static String key(OfficialStatistic figure, String dimension) {
        return figure.finess() + " " + figure.measure() + " " + dimension;
    }

    /** The figure's measure summed over other rows of its establishment, an absent row counting for nothing. */
    private static BigDecimal sum(Map<String, BigDecimal> amounts, OfficialStatistic figure, String... dimensions) {
        return Stream.of(dimensions).map(dimension -> amounts.getOrDefault(key(figure, dimension), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void keepsTheSsrAgeGroupOfEachRow() {
        PublishedFigures ssr = read(InputKind.SAE_SSR, "SSR_2023r.csv");

        // SSR_2023r.csv, Fleyriat: SSR_TOT and SSR_A both carry its 28 beds; SSR_A50 its authorisation flag
        assertThat(ssr.of(FLEYRIAT, "SSR_TOT").get("LIT")).isEqualTo(number("28"));
        assertThat(ssr.of(FLEYRIAT, "SSR_A").get("LIT")).isEqualTo(number("28"));
        assertThat(ssr.of(FLEYRIAT, "SSR_TOT").get("JOUHC")).isEqualTo(number("12688"));
        assertThat(ssr.of(FLEYRIAT, "SSR_A50").get("AUT")).isEqualTo(number("1"));
        assertThat(ssr.all().stream().filter(figure -> "SSR_TOT".equals(figure.dimension())).map(OfficialStatistic::finess).distinct())
                .hasSize(1790);
    }

    @Test
    void readsGeneralAndPaediatricEmergencyRowsOfOneEstablishmentSeparately() {
        PublishedFigures emergencies = read(InputKind.SAE_URGENCES, "URGENCES2_2023r.csv");

        assertThat(emergencies.of(FLEYRIAT, "GEN").get("PASSU")).isEqualTo(number("38394"));
        assertThat(emergencies.of(FLEYRIAT, "GEN").get("dt80")).isEqualTo(number("5316"));
        long withBothKinds = emergencies.all().stream().filter(figure -> figure.measure().equals("PASSU"))
                .collect(Collectors.groupingBy(OfficialStatistic::finess, Collectors.counting()))
                .values().stream().filter(count -> count == 2).count();
        assertThat(withBothKinds).as("establishments with a general and a paediatric unit").isEqualTo(71);
    }

    @Test
    void readsThePerinatalFiguresAndLeavesTheMaternityTypeCodeAside() {
        PublishedFigures perinatal = read(InputKind.SAE_PERINAT, "PERINAT_2023r.csv");

        Map<String, PublishedValue> fleyriat = perinatal.of(FLEYRIAT, null);
        assertThat(fleyriat.get("SEJ_OBS")).isEqualTo(number("2410"));
        assertThat(fleyriat.get("SEJ0_Obs")).isEqualTo(number("262"));
        assertThat(fleyriat.get("LIT_OBS")).isEqualTo(number("28"));
        assertThat(fleyriat).doesNotContainKeys("AUTOR", "LACTA");
    }

    private static PublishedValue number(String amount) {
        return PublishedValue.number(new BigDecimal(amount));
    }
}
