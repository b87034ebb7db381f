package fr.copilote.scheduler.support;

import fr.copilote.scheduler.CopiloteCli;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code copilote.jar} in a JVM of its own, as an admin or a service manager would start it — so that a test can
 * send it SIGTERM or run two of them side by side. Its console and log go to a file of the work folder.
 */
public final class ChildCopilote {

    private final Process process;
    private final Path console;

    private ChildCopilote(Process process, Path console) {
        this.process = process;
        this.console = console;
    }

    public static ChildCopilote start(Path work, String name, String... arguments) throws IOException {
        Files.createDirectories(work);
        Path console = work.resolve(name + ".console.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), CopiloteCli.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(new File(console.toString())).start();
        return new ChildCopilote(process, console);
    }

    public Process process() {
        return process;
    }

    /** What it printed so far. */
    public String console() {
        try {
            return Files.exists(console) ? Files.readString(console) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
