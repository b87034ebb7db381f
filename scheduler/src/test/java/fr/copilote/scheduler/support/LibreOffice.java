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

    /**
     * CSV export of every sheet, one file per sheet named {@code <workbook>-<sheet>.csv}: comma, double quote,
     * UTF-8, raw values rather than as shown, so that numbers compare without parsing French formats.
     */
    public static final String CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    /**
     * By default LibreOffice trusts the results Excel cached in the file ("never recalculate" for files
     * not saved by LibreOffice); a check of our formulas must force it to compute them itself.
     */
    private static final String ALWAYS_RECALCULATE = """
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            """;

    /** The locale numbers and dates are shown in, as on a French workstation (« 1 234,50 € »). */
    private static final String FRENCH_LOCALE = """
            <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">\
            <value>fr-FR</value></prop></item>
            """;

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
     * Converts files with {@code soffice --headless --convert-to}, in a private profile (so that runs never
     * share state) set to recalculate every formula on load; returns the process's exit code and output.
     */
    public static Result convert(List<Path> files, String format, Path outputFolder, Path profile) throws IOException, InterruptedException {
        return convert(files, format, outputFolder, profile, false);
    }

    /** The same, showing numbers and dates as a French workstation does: for what people will look at. */
    public static Result convertAsInFrance(List<Path> files, String format, Path outputFolder, Path profile)
            throws IOException, InterruptedException {
        return convert(files, format, outputFolder, profile, true);
    }

    private static Result convert(List<Path> files, String format, Path outputFolder, Path profile, boolean french)
            throws IOException, InterruptedException {
        Path settings = profile.resolve("user").resolve("registrymodifications.xcu");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                """ + ALWAYS_RECALCULATE + (french ? FRENCH_LOCALE : "") + "</oor:items>\n");
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
