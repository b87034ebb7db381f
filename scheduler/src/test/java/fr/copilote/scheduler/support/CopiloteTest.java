package fr.copilote.scheduler.support;

import fr.copilote.scheduler.CopiloteApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A test of the whole application on a private in-memory H2 database — or on the PostgreSQL the Maven profile
 * {@code postgres} names — migrated by Flyway as in production.
 * Test classes share one context; {@link TestDatabase#reset} gives each test an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CopiloteApplication.class, properties = {
        "spring.datasource.url=${copilote.test.datasource.url:jdbc:h2:mem:copilote-${random.uuid};DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${copilote.test.datasource.username:sa}",
        "spring.datasource.password=${copilote.test.datasource.password:}",
        "spring.flyway.schemas=${copilote.test.flyway.schemas:}",
        "logging.file.name=target/test.log",
        "copilote.import.chunk-size=500"})
@SpringBatchTest
public @interface CopiloteTest {

    /** MOCK by default; the browser tests need a real server on a random port. */
    @AliasFor(annotation = SpringBootTest.class)
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
