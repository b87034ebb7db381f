package fr.copilote.scheduler;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind every command of {@code copilote.jar}. */
@SpringBootApplication
public class CopiloteApplication {
}
