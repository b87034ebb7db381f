package fr.copilote.scheduler.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code copilote.data-dir} made absolute, from the working folder: H2 refuses a database path that is implicitly
 * relative ({@code --copilote.data-dir=data}) with an English message an admin should never meet.
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "copilote.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String folder = environment.getProperty(PROPERTY);
        if (folder != null && !folder.isBlank() && !Path.of(folder).isAbsolute()) {
            environment.getPropertySources().addFirst(new MapPropertySource("copilote-data-dir-absolute",
                    Map.of(PROPERTY, Path.of(folder).toAbsolutePath().normalize().toString())));
        }
    }

    /** After the configuration files and the command line are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
