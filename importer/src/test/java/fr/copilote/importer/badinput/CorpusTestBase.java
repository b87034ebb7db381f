package fr.copilote.importer.badinput;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.support.ImporterTestApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The wiring every corpus test shares: the import job on an empty database, and the corpus runner.
 *
 * <p>The reject threshold is lifted here so that a corpus file of a few lines is published whatever share of
 * it is rejected, and each test sees its accepted rows as the admin would; {@link RejectThresholdTests}
 * puts the threshold back to 5 %.
 */
@SpringBootTest(classes = ImporterTestApplication.class, properties = "copilote.import.max-reject-rate=1")
@SpringBatchTest
abstract class CorpusTestBase {

    /** The header lines an admin is told to provide, as the importer words them. */
    static final String TERRITORIES_HEADER = "territory_code;territory_name;finess;role";
    static final String CONVENTIONS_HEADER = "convention_id;origin_finess;host_finess;practitioner_rpps;specialty;care_pathway;"
            + "sharing_mode;half_days_per_week;start_date;end_date;annual_refund_eur;status";
    static final String ACTIVITY_HEADER = "period;finess;care_pathway;activity_type;volume;revenue_eur;direct_cost_eur;"
            + "patient_territory;convention_id";

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportRegistry registry;

    @TempDir
    Path work;

    CorpusRunner corpus;

    @BeforeEach
    void startFromAnEmptyDatabase() {
        corpus = new CorpusRunner(jobs, jdbc, registry, work);
    }
}
