package fr.copilote.scheduler.cli;

import fr.copilote.scheduler.CopiloteApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts the Spring application only when a command needs it, so that {@code --help} and usage errors answer
 * at once, without touching the database. One-off commands start it without web server and without schedule;
 * {@code serve} starts both and keeps them until the process is asked to stop.
 */
public final class ApplicationContextHolder implements AutoCloseable {

    private final String[] springArguments;
    private volatile ConfigurableApplicationContext context;
    private volatile boolean serving;

    public ApplicationContextHolder(String... springArguments) {
        this.springArguments = springArguments;
    }

    public <T> T bean(Class<T> type) {
        if (context == null) {
            context = start(WebApplicationType.NONE, "--copilote.schedule.active=false");
        }
        return context.getBean(type);
    }

    /** A bean of the application if it has started, without starting it. */
    <T> Optional<T> startedBean(Class<T> type) {
        ConfigurableApplicationContext started = context;
        return started == null || !started.isActive() ? Optional.empty() : Optional.of(started.getBean(type));
    }

    /** Whether this process is the service ({@code serve}) rather than a one-off command. */
    boolean isServing() {
        return serving;
    }

    /** Starts the web console and the schedule, and returns once the application has been asked to stop. */
    public void serveUntilStopped() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        serving = true;
        context = new SpringApplicationBuilder(CopiloteApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .listeners(event -> {
                    if (event instanceof ContextClosedEvent) {
                        closed.countDown();
                    }
                })
                .run(arguments("--copilote.schedule.active=true"));
        closed.await();
    }

    private ConfigurableApplicationContext start(WebApplicationType type, String mode) {
        return new SpringApplicationBuilder(CopiloteApplication.class)
                .web(type)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(arguments(mode));
    }

    /** The mode first, so that an argument given by the caller wins. */
    private String[] arguments(String mode) {
        List<String> all = new ArrayList<>(List.of(mode));
        all.addAll(List.of(springArguments));
        return all.toArray(String[]::new);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
