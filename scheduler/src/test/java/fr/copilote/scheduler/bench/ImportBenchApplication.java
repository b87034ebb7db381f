package fr.copilote.scheduler.bench;

import fr.copilote.importer.job.ImportJobConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The import job alone, as the benchmark runs it. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ImportJobConfiguration.class)
class ImportBenchApplication {
}
