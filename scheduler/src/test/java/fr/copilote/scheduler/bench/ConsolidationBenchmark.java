package fr.copilote.scheduler.bench;

import fr.copilote.model.generator.DataGenerator;
import fr.copilote.model.generator.GeneratorSettings;
import fr.copilote.scheduler.CopiloteApplication;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Consolidation of a national-scale data set (135 territories, 3,000 establishments, 10,000 conventions,
 * 24 months) with N and then 2N activity rows, each in a fresh H2 file database through the whole nightly job:
 * the consolidate step's own duration, to check that doubling the rows no more than doubles the time, and the
 * workbooks written after it — the national one included — within the harness's 512 MB heap.
 */
final class ConsolidationBenchmark {

    private final long rows;

    ConsolidationBenchmark(long rows) {
        this.rows = rows;
    }

    private record Result(long rows, double importSeconds, double consolidationSeconds, double workbookSeconds,
                          long nationalWorkbookMb, long peakHeapMb) {
    }

    String run() throws Exception {
        List<Result> results = new ArrayList<>();
        for (long size : new long[] {rows, 2 * rows}) {
            results.add(measure(size));
        }
        Result n = results.get(0);
        Result twice = results.get(1);
        return String.format(Locale.FRANCE, """
                ## Consolidation nationale (issue 4)

                Mesuré le %s sur %d cœurs, Java %s, tas limité à %d Mo ; jeux écrits par le générateur
                (`generate --national`, graine 42) : 135 territoires, 3 000 établissements, 10 000 conventions, 24 mois ;
                base H2 fichier. Les lignes d'activité sont lues en un seul passage, en flux, et sommées au fil de l'eau par
                entité, filière, type et mois : la mémoire dépend du nombre d'établissements et de codes, pas du nombre de
                lignes. Chaque jeu passe par le traitement de nuit complet ; durées des étapes `importActivity`,
                `consolidate` et `writeWorkbooks` (136 classeurs : un par territoire et `TOUS`). Le pic du tas occupé compte
                les déchets : avec 512 Mo, le ramasse-miettes laisse le tas approcher la limite avant de ramasser ; ce qui
                compte est que le traitement aille au bout dans ces 512 Mo.

                | lignes d'activité | import (s) | consolidation (s) | classeurs (s) | classeur TOUS (Mo) | pic du tas (Mo) |
                |---:|---:|---:|---:|---:|---:|
                | %,d | %.1f | %.1f | %.1f | %d | %d |
                | %,d | %.1f | %.1f | %.1f | %d | %d |

                Rapport des durées de consolidation pour deux fois plus de lignes : **%.2f** (objectif ≤ 2).
                """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                n.rows(), n.importSeconds(), n.consolidationSeconds(), n.workbookSeconds(), n.nationalWorkbookMb(), n.peakHeapMb(),
                twice.rows(), twice.importSeconds(), twice.consolidationSeconds(), twice.workbookSeconds(),
                twice.nationalWorkbookMb(), twice.peakHeapMb(),
                twice.consolidationSeconds() / n.consolidationSeconds());
    }

    private Result measure(long activityRows) throws Exception {
        Path work = Files.createTempDirectory("copilote-bench-consolidation");
        try {
            Path input = work.resolve("entrees");
            DataGenerator.generate(GeneratorSettings.nationalScale(42, 135, 3_000, 10_000, 24, YearMonth.of(2024, 12),
                    activityRows, null), input);
            try (HeapWatch heap = new HeapWatch();
                 ConfigurableApplicationContext context = new SpringApplicationBuilder(CopiloteApplication.class)
                         .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                         .run("--spring.datasource.url=" + BenchH2.url(work.resolve("base").resolve("copilote")),
                                 "--logging.file.name=" + work.resolve("copilote.log"), "--logging.level.fr.copilote=WARN")) {
                JobExecution execution = context.getBean(NightlyLauncher.class)
                        .launch(LocalDate.of(2024, 12, 31), input, work.resolve("sorties"), List.of());
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    throw new IllegalStateException("traitement en échec : " + execution.getAllFailureExceptions());
                }
                Path national = work.resolve("sorties").resolve("TOUS_2024-12-31.xlsx");
                return new Result(activityRows, seconds(execution, "importActivity"), seconds(execution, "consolidate"),
                        seconds(execution, "writeWorkbooks"), Files.size(national) / (1024 * 1024), heap.peakMegabytes());
            }
        } finally {
            Folders.delete(work);
        }
    }

    private static double seconds(JobExecution execution, String stepName) {
        StepExecution step = execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(stepName))
                .findFirst().orElseThrow();
        return Duration.between(step.getStartTime(), step.getEndTime()).toNanos() / 1e9;
    }
}
