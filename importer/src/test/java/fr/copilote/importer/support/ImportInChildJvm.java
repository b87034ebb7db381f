package fr.copilote.importer.support;

import fr.copilote.importer.job.ImportJobParameters;
import java.time.LocalDate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the import job in a JVM of its own, on an H2 file database, so that a test can kill it with SIGKILL
 * half-way through a file and start another one. An execution left STARTED by the killed JVM is recovered
 * first, as an admin would, then the same date is launched again and resumes.
 *
 * <p>Arguments: database file path, input folder, business date. Exit code 0 when the run completed.
 */
public final class ImportInChildJvm {

    private ImportInChildJvm() {
    }

    public static void main(String[] args) throws Exception {
        // WRITE_DELAY=0 as Copilote ships it: without it, H2 loses the last half-second of commits to the kill
        String url = "jdbc:h2:file:" + args[0] + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        try (ConfigurableApplicationContext context = SpringApplication.run(ImporterTestApplication.class,
                "--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--copilote.import.chunk-size=1000")) {
            JobRepository repository = context.getBean(JobRepository.class);
            JobOperator operator = context.getBean(JobOperator.class);
            Job job = context.getBean(Job.class);
            for (JobExecution stale : repository.findRunningJobExecutions(job.getName())) {
                operator.recover(stale);
            }
            JobExecution execution = operator.start(job, new JobParametersBuilder()
                    .addLocalDate(ImportJobParameters.BUSINESS_DATE, LocalDate.parse(args[2]))
                    .addString(ImportJobParameters.INPUT_FOLDER, args[1], false)
                    .toJobParameters());
            System.exit(execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1);
        }
    }
}
