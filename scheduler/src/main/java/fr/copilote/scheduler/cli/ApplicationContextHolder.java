package fr.copilote.scheduler.cli;

import fr.copilote.scheduler.CopiloteApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application only when a command needs it, so that {@code --help} and usage errors answer
 * at once, without touching the database.
 */
public final class ApplicationContextHolder implements AutoCloseable {

    private final String[] springArguments;
    private ConfigurableApplicationContext context;

    public ApplicationContextHolder(String... springArguments) {
        this.springArguments = springArguments;
    }

    public <T> T bean(Class<T> type) {
        if (context == null) {
            context = new SpringApplicationBuilder(CopiloteApplication.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run(springArguments);
        }
        return context.getBean(type);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
