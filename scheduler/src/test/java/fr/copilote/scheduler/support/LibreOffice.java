package fr.copilote.scheduler.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless, the way many public hospitals open the workbooks. Tests that need it are skipped
 * with the reason when it is not installed; {@code .ci/run} installs it and checks they ran.
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    public static Path executable() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice")) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        assumeTrue(false, "LibreOffice absent (soffice introuvable) : installez libreoffice-calc-nogui");
        return null;
    }

    /**
     * Converts files with {@code soffice --headless --convert-to}, in a private profile so that runs never
     * share state; returns the process's exit code and output.
     */
    public static Result convert(List<Path> files, String format, Path outputFolder, Path profile) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable().toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", format,
                "--outdir", outputFolder.toString()));
        files.forEach(file -> command.add(file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes());
        if (!finished) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice n'a pas fini en 5 minutes : " + output);
        }
        return new Result(process.exitValue(), output);
    }

    public record Result(int exitCode, String output) {
    }
}
