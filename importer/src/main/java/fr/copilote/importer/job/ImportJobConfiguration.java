package fr.copilote.importer.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The {@code import} job: the input files of one business date into the database, validated, accounted for
 * and published together, without consolidating or reporting. Identified by its business date; no
 * incrementer, so the same date cannot be imported twice and a failed run is restarted, not re-run.
 */
@Configuration(proxyBeanMethods = false)
@Import(ImportStepsConfiguration.class)
public class ImportJobConfiguration {

    public static final String JOB_NAME = "import";

    @Bean
    Job importJob(JobRepository jobRepository, Step checkInputsStep, Step importDirectoryStep, Step importStatisticsStep,
                  Step importTerritoriesStep, Step importConventionsStep, Step checkPractitionerLoadStep, Step importActivityStep,
                  Step importObjectivesStep, Step reportRejectsStep, Step publishImportsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(checkInputsStep)
                .next(importDirectoryStep)
                .next(importStatisticsStep)
                .next(importTerritoriesStep)
                .next(importConventionsStep)
                .next(checkPractitionerLoadStep)
                .next(importActivityStep)
                .next(importObjectivesStep)
                .next(reportRejectsStep)
                .next(publishImportsStep)
                .build();
    }
}
