package fr.copilote.importer.support;

import fr.copilote.importer.job.ImportJobConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The import job alone, on the database the test configures. */
@SpringBootApplication
@Import(ImportJobConfiguration.class)
public class ImporterTestApplication {
}
