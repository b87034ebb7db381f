package fr.copilote.scheduler.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.consolidation.TerritoryConsolidation;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.generator.DataGenerator;
import fr.copilote.model.generator.GeneratorSettings;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.store.ConsolidationStore;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.model.testing.Tables;
import fr.copilote.reports.TerritoryWorkbookWriter;
import fr.copilote.reports.testing.Workbooks;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.LibreOffice;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On generated data of several seeds, every pathway's volume per activity type in the Synthèse equals the sum of
 * the input rows of that pathway and type — read straight from {@code activite.csv}, sites rolled up to their legal
 * entity through the directory file, an independent path to the same figure — and LibreOffice, recalculating the
 * workbook, finds the same totals per type.
 */
@CopiloteTest
class PathwayVolumesInWorkbooksTests {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2024, 12, 31);

    @Autowired
    NightlyLauncher launcher;

    @Autowired
    ConsolidationStore store;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
    }

    private record Cell(CarePathway pathway, ActivityType type) {
    }

    @ParameterizedTest(name = "graine {0}")
    @ValueSource(longs = {3, 11, 2025})
    void everyPathwaysVolumePerTypeIsTheSumOfItsInputRows(long seed) throws Exception {
        Path input = generate(seed);
        JobExecution run = launcher.launch(BUSINESS_DATE, input, work.resolve("sorties"), List.of());
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(rows_rejected), 0) FROM import_file", Long.class))
                .as("nothing rejected, so that the input rows are the published ones").isZero();
        ConsolidationStore.Run consolidation = store.runOf(run.getId()).orElseThrow();
        Map<Finess, Finess> entityOf = entities(input.resolve("ID_2023r.csv"));
        List<CSVRecord> activity = records(input.resolve("activite.csv"), StandardCharsets.UTF_8);

        int compared = 0;
        for (TerritoryCode code : store.territories(consolidation)) {
            TerritoryConsolidation territory = store.load(consolidation, code);
            Set<Finess> counted = new HashSet<>(territory.perimeter().countedEntities());
            Map<Cell, Long> thisYear = sums(activity, entityOf, counted, 2024);
            Map<Cell, Long> lastYear = sums(activity, entityOf, counted, 2023);
            Path workbook = work.resolve("sorties").resolve(TerritoryWorkbookWriter.fileName(code, BUSINESS_DATE));
            try (XSSFWorkbook opened = Workbooks.open(workbook)) {
                Map<Cell, double[]> shown = volumeTable(opened.getSheet("Synthèse"));
                Set<Cell> expected = new HashSet<>(thisYear.keySet());
                expected.addAll(lastYear.keySet());
                assertThat(shown.keySet()).as(code.value() + " : lignes filière × type").containsAll(expected);
                for (Map.Entry<Cell, double[]> line : shown.entrySet()) {
                    assertThat(line.getValue()[0]).as(code.value() + " " + line.getKey() + " cumul 2024")
                            .isEqualTo(thisYear.getOrDefault(line.getKey(), 0L).doubleValue());
                    assertThat(line.getValue()[1]).as(code.value() + " " + line.getKey() + " 2023")
                            .isEqualTo(lastYear.getOrDefault(line.getKey(), 0L).doubleValue());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(20);
    }

    @Test
    void libreOfficeRecalculatesTheSameTotalsPerType() throws Exception {
        LibreOffice.executable();
        Path input = generate(3);
        JobExecution run = launcher.launch(BUSINESS_DATE, input, work.resolve("sorties"), List.of());
        Map<Finess, Finess> entityOf = entities(input.resolve("ID_2023r.csv"));
        List<CSVRecord> activity = records(input.resolve("activite.csv"), StandardCharsets.UTF_8);
        ConsolidationStore.Run consolidation = store.runOf(run.getId()).orElseThrow();
        TerritoryCode code = store.territories(consolidation).get(0);
        Set<Finess> counted = new HashSet<>(store.load(consolidation, code).perimeter().countedEntities());
        Path workbook = work.resolve("sorties").resolve(TerritoryWorkbookWriter.fileName(code, BUSINESS_DATE));

        LibreOffice.Result result = LibreOffice.convert(List.of(workbook), LibreOffice.CSV_EVERY_SHEET, work.resolve("csv"),
                work.resolve("profil"));

        assertThat(result.exitCode()).as(result.output()).isZero();
        String stem = workbook.getFileName().toString().replace(".xlsx", "");
        List<CSVRecord> summary;
        try (Reader reader = Files.newBufferedReader(work.resolve("csv").resolve(stem + "-Synthèse.csv"), StandardCharsets.UTF_8)) {
            summary = CSVFormat.DEFAULT.parse(reader).getRecords();
        }
        Map<ActivityType, Long> byType = new HashMap<>();
        sums(activity, entityOf, counted, 2024).forEach((cell, volume) -> byType.merge(cell.type(), volume, Long::sum));
        List<CSVRecord> totals = summary.stream().filter(r -> r.get(0).equals("Total toutes filières")).toList();
        assertThat(totals).hasSameSizeAs(byType.keySet());
        for (CSVRecord total : totals) {
            ActivityType type = typeLabelled(total.get(1));
            assertThat(Double.parseDouble(total.get(2))).as(type.name()).isCloseTo(byType.get(type).doubleValue(), within(0.5));
        }
    }

    private Path generate(long seed) throws IOException {
        Path input = work.resolve("entrees");
        DataGenerator.generate(GeneratorSettings.nationalScale(seed, 5, 30, 120, 18, YearMonth.of(2024, 12), 12_000, null), input);
        return input;
    }

    /** The Synthèse's volume table: per pathway and type, the year to date and the same months of N-1. */
    private static Map<Cell, double[]> volumeTable(Sheet summary) {
        Row title = Workbooks.rowLabelled(summary, "Volumes par filière et type d'activité (établissements comptés)").orElseThrow();
        Map<Cell, double[]> table = new HashMap<>();
        for (int r = title.getRowNum() + 2; ; r++) {
            Row row = summary.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(0).getStringCellValue().equals("Total toutes filières")) {
                return table;
            }
            CarePathway pathway = Arrays.stream(CarePathway.values()).filter(p -> p.label().equals(row.getCell(0).getStringCellValue()))
                    .findFirst().orElseThrow();
            table.put(new Cell(pathway, typeLabelled(row.getCell(1).getStringCellValue())),
                    new double[] {Workbooks.number(row, 2), Workbooks.number(row, 3)});
        }
    }

    private static ActivityType typeLabelled(String label) {
        return Arrays.stream(ActivityType.values()).filter(t -> t.label().equals(label)).findFirst().orElseThrow();
    }

    private static Map<Cell, Long> sums(List<CSVRecord> activity, Map<Finess, Finess> entityOf, Set<Finess> counted, int year) {
        Map<Cell, Long> sums = new HashMap<>();
        for (CSVRecord row : activity) {
            Finess finess = new Finess(row.get("finess"));
            if (row.get("period").startsWith(year + "-") && counted.contains(entityOf.getOrDefault(finess, finess))) {
                sums.merge(new Cell(CarePathway.valueOf(row.get("care_pathway")), ActivityType.valueOf(row.get("activity_type"))),
                        Long.parseLong(row.get("volume")), Long::sum);
            }
        }
        return sums;
    }

    /** Each site of the directory file to its legal entity. */
    private static Map<Finess, Finess> entities(Path directory) throws IOException {
        Map<Finess, Finess> entities = new HashMap<>();
        for (CSVRecord site : records(directory, StandardCharsets.ISO_8859_1)) {
            entities.put(new Finess(site.get("fi")), new Finess(site.get("fi_ej")));
        }
        return entities;
    }

    /** A generated input file, by column name (its byte-order mark, if any, set aside). */
    private static List<CSVRecord> records(Path file, java.nio.charset.Charset charset) throws IOException {
        String text = Files.readString(file, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
    }
}
