package fr.copilote.scheduler.bench;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.consolidation.TerritoryMember;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.store.ConsolidationStore;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.reports.TerritoryWorkbookWriter;
import fr.copilote.reports.dashboard.ActivityDetail;
import fr.copilote.reports.dashboard.ActivityLine;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.workbook.WorkbookStyles;
import fr.copilote.scheduler.CopiloteApplication;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.reporting.DashboardAssembler;
import fr.copilote.scheduler.support.Folders;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Writing a workbook whose Activité sheet has N rows, two ways on the same rows: (a) a bare SXSSF loop writing
 * the same cells with the same number formats into a one-sheet workbook, (b) Copilote's {@link TerritoryWorkbookWriter}
 * writing the whole workbook (Synthèse and the other rich sheets of the sample's Lille territory, then the
 * streamed detail, then the small sheets, into a temporary file moved into place). Target: b/a ≥ 0.8, heap
 * under 512 MB (the harness runs with -Xmx512m).
 */
final class WorkbookBenchmark {

    private static final int WARM_UP_ROWS = 100_000;
    private static final int ROUNDS = 2;

    private final long rows;

    WorkbookBenchmark(long rows) {
        this.rows = rows;
    }

    /** One timed write and the size of the file it produced. */
    private record Written(Measure measure, long bytes) {
    }

    String run() throws Exception {
        Path work = Files.createTempDirectory("copilote-bench-workbook");
        try {
            DashboardData sample = lilleDashboard(work);
            bare(sample, WARM_UP_ROWS, work);
            copilote(sample, WARM_UP_ROWS, work);
            Written a = null;
            Written b = null;
            // Alternated rounds, best of each: both sides see the same machine load.
            for (int round = 0; round < ROUNDS; round++) {
                a = faster(a, bare(sample, rows, work));
                b = faster(b, copilote(sample, rows, work));
            }
            return report(a, b);
        } finally {
            Folders.delete(work);
        }
    }

    private static Written faster(Written best, Written candidate) {
        return best == null || candidate.measure().seconds() < best.measure().seconds() ? candidate : best;
    }

    /** The sample's Lille dashboard as the nightly job assembles it, with the synthetic detail in place of its own. */
    private static DashboardData lilleDashboard(Path work) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CopiloteApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--spring.datasource.url=" + BenchH2.url(work.resolve("base").resolve("copilote")),
                        "--logging.file.name=" + work.resolve("copilote.log"), "--logging.level.fr.copilote=WARN")) {
            JobExecution execution = context.getBean(NightlyLauncher.class)
                    .launch(LocalDate.of(2024, 12, 31), Path.of("..", "samples").toAbsolutePath().normalize(), work.resolve("sorties"), List.of());
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("traitement de l'échantillon en échec : " + execution.getAllFailureExceptions());
            }
            ConsolidationStore.Run run = context.getBean(ConsolidationStore.class).runOf(execution.getId()).orElseThrow();
            return context.getBean(DashboardAssembler.class).forRun(run, execution).dashboard(new TerritoryCode("LILLE"));
        }
    }

    /**
     * N deterministic rows in sheet order over the territory's counted members, every pathway, 24 months and
     * every activity type, cycling as often as needed; built on the fly, like rows read from the database.
     */
    private static ActivityDetail synthetic(DashboardData sample, long count) {
        List<TerritoryMember> members = sample.consolidation().perimeter().members().stream()
                .filter(m -> sample.consolidation().perimeter().countsInTotals(m.entity())).toList();
        Period first = sample.consolidation().calendar().firstMonthNeeded();
        CarePathway[] pathways = CarePathway.values();
        ActivityType[] types = ActivityType.values();
        return row -> {
            long n = 0;
            while (true) {
                for (CarePathway pathway : pathways) {
                    for (TerritoryMember member : members) {
                        for (int month = 0; month < 24; month++) {
                            Period period = first.plusMonths(month);
                            for (ActivityType type : types) {
                                if (n == count) {
                                    return;
                                }
                                long volume = 1 + (n * 7919) % 500;
                                BigDecimal revenue = BigDecimal.valueOf(volume * 123_457L % 100_000_000L, 2);
                                BigDecimal cost = BigDecimal.valueOf(volume * 98_765L % 100_000_000L, 2);
                                row.accept(new ActivityLine(pathway, member.entity(), member.name(), period, type, volume, revenue, cost));
                                n++;
                            }
                        }
                    }
                }
            }
        };
    }

    private static Written copilote(DashboardData sample, long count, Path work) throws Exception {
        DashboardData data = new DashboardData(sample.consolidation(), sample.entityNames(), sample.conventions(),
                synthetic(sample, count), sample.receipt());
        Measure measure;
        Path file;
        long start = System.nanoTime();
        try (HeapWatch heap = new HeapWatch()) {
            file = new TerritoryWorkbookWriter().write(data, work.resolve("copilote"));
            measure = new Measure("(b) classeur Copilote complet (8 onglets, Activité en flux)", count,
                    (System.nanoTime() - start) / 1e9, heap.peakMegabytes());
        }
        return sizedAndRemoved(measure, file);
    }

    private static Written sizedAndRemoved(Measure measure, Path file) throws Exception {
        long bytes = Files.size(file);
        Files.delete(file);
        return new Written(measure, bytes);
    }

    /** The same detail cells, formats and streaming window, without anything else. */
    private static Written bare(DashboardData sample, long count, Path work) throws Exception {
        Path file = work.resolve("boucle-nue.xlsx");
        Measure measure;
        long start = System.nanoTime();
        try (HeapWatch heap = new HeapWatch()) {
            SXSSFWorkbook workbook = new SXSSFWorkbook(200);
            try (OutputStream out = Files.newOutputStream(file)) {
                DataFormat formats = workbook.createDataFormat();
                CellStyle integer = style(workbook, formats, WorkbookStyles.INTEGER);
                CellStyle euro = style(workbook, formats, WorkbookStyles.EURO);
                CellStyle month = style(workbook, formats, WorkbookStyles.MONTH);
                SXSSFSheet sheet = workbook.createSheet("Activité");
                int[] r = {1};
                synthetic(sample, count).forEach(line -> {
                    Row row = sheet.createRow(r[0]++);
                    row.createCell(0).setCellValue(line.pathway().label());
                    row.createCell(1).setCellValue(line.entityName());
                    row.createCell(2).setCellValue(line.entity().value());
                    var m = row.createCell(3);
                    m.setCellValue(line.period().firstDay());
                    m.setCellStyle(month);
                    row.createCell(4).setCellValue(line.activityType().label());
                    var v = row.createCell(5);
                    v.setCellValue(line.volume());
                    v.setCellStyle(integer);
                    var revenue = row.createCell(6);
                    revenue.setCellValue(line.revenueEur().doubleValue());
                    revenue.setCellStyle(euro);
                    var cost = row.createCell(7);
                    cost.setCellValue(line.directCostEur().doubleValue());
                    cost.setCellStyle(euro);
                    var margin = row.createCell(8);
                    margin.setCellValue(line.revenueEur().subtract(line.directCostEur()).doubleValue());
                    margin.setCellStyle(euro);
                });
                workbook.write(out);
            } finally {
                workbook.close();
                workbook.dispose();
            }
            measure = new Measure("(a) boucle SXSSF nue (mêmes cellules d'Activité)", count, (System.nanoTime() - start) / 1e9,
                    heap.peakMegabytes());
        }
        return sizedAndRemoved(measure, file);
    }

    private static CellStyle style(SXSSFWorkbook workbook, DataFormat formats, String code) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(code));
        return style;
    }

    private static String report(Written written, Written copilote) {
        Measure a = written.measure();
        Measure b = copilote.measure();
        return String.format(Locale.FRANCE, """
                ## Classeur à %,d lignes d'Activité (issue 5)

                Mesuré le %s sur %d cœurs, Java %s, tas limité à %d Mo. Les mêmes lignes (générées à la volée, dans l'ordre
                de la feuille) écrites (a) par une boucle SXSSF nue, un seul onglet, mêmes cellules et mêmes formats, et
                (b) par `TerritoryWorkbookWriter` : le classeur complet du territoire de Lille de l'échantillon (Synthèse
                et ses graphiques, Établissements, Flux, Conventions, puis Activité en flux, Qualité, Sources,
                Définitions), écrit dans un fichier temporaire puis renommé. Fenêtre SXSSF de 200 lignes des deux côtés.
                Échauffement sur %,d lignes, puis %d tours alternés : meilleur temps de chacun.

                | écriture | lignes/s | durée (s) | pic du tas (Mo) | taille (Mo) |
                |---|---:|---:|---:|---:|
                %s %.1f |
                %s %.1f |

                Rapport **b/a = %.2f** (objectif ≥ 0,8) ; tas sous 512 Mo : %s.
                """, a.rows(), LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), WARM_UP_ROWS, ROUNDS,
                a.tableRow(), written.bytes() / 1e6, b.tableRow(), copilote.bytes() / 1e6,
                b.rowsPerSecond() / a.rowsPerSecond(), b.peakHeapMb() < 512 && a.peakHeapMb() < 512 ? "oui" : "non");
    }
}
