package fr.copilote.scheduler.docs;

import fr.copilote.scheduler.CopiloteApplication;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.Folders;
import fr.copilote.scheduler.support.LibreOffice;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The screenshots of docs/screenshots: runs the nightly job on the bundled sample, then renders each sheet of
 * the Lille workbook as a French workstation shows it in print — a copy of the workbook with that sheet first,
 * converted to PDF by LibreOffice headless, its first page rasterised by {@code pdftoppm} (poppler-utils) and
 * cropped to what is printed. Not a test: run by {@code ./mvnw -B -Pscreenshots verify}.
 *
 * <p>Argument: the output folder.
 */
public final class SheetScreenshots {

    private static final String TERRITORY = "LILLE";
    private static final LocalDate BUSINESS_DATE = LocalDate.of(2024, 12, 31);
    private static final int DOTS_PER_INCH = 110;
    private static final int MARGIN = 12;

    private SheetScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        Files.createDirectories(output);
        Path work = Files.createTempDirectory("copilote-captures");
        try {
            Path workbook = sampleWorkbook(work);
            List<String> names = new ArrayList<>();
            try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
                book.forEach(sheet -> names.add(sheet.getSheetName()));
            }
            for (int i = 0; i < names.size(); i++) {
                String base = String.format("%d-%s", i + 1, slug(names.get(i)));
                Path copy = work.resolve(base + ".xlsx");
                withSheetFirst(workbook, names.get(i), copy);
                LibreOffice.Result pdf = LibreOffice.convertAsInFrance(List.of(copy), "pdf", work, work.resolve("profil"));
                if (pdf.exitCode() != 0) {
                    throw new IllegalStateException("LibreOffice : " + pdf.output());
                }
                Path page = work.resolve(base + "-page");
                run("pdftoppm", "-png", "-r", String.valueOf(DOTS_PER_INCH), "-f", "1", "-l", "1", "-singlefile",
                        work.resolve(base + ".pdf").toString(), page.toString());
                Path png = output.resolve(base + ".png");
                ImageIO.write(croppedToInk(ImageIO.read(page.resolveSibling(page.getFileName() + ".png").toFile())), "png", png.toFile());
                System.out.println("Capture : " + png);
            }
        } finally {
            Folders.delete(work);
        }
        System.exit(0);
    }

    private static Path sampleWorkbook(Path work) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CopiloteApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--spring.datasource.url=jdbc:h2:file:" + work.resolve("base").resolve("copilote"),
                        "--logging.file.name=" + work.resolve("copilote.log"), "--logging.level.fr.copilote=WARN")) {
            Path outputs = work.resolve("sorties");
            JobExecution execution = context.getBean(NightlyLauncher.class)
                    .launch(BUSINESS_DATE, Path.of("..", "samples").toAbsolutePath().normalize(), outputs, List.of());
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("traitement de l'échantillon en échec : " + execution.getAllFailureExceptions());
            }
            return outputs.resolve(TERRITORY + "_" + BUSINESS_DATE + ".xlsx");
        }
    }

    /** LibreOffice prints from the first sheet: a copy with the wanted one first, active and alone selected. */
    private static void withSheetFirst(Path workbook, String sheet, Path copy) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.setSheetOrder(sheet, 0);
            book.setActiveSheet(0);
            book.setFirstVisibleTab(0);
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                book.getSheetAt(s).setSelected(s == 0);
            }
            try (OutputStream out = Files.newOutputStream(copy)) {
                book.write(out);
            }
        }
    }

    /** The page without its blank margins: the smallest rectangle holding every non-white pixel, plus a border. */
    private static BufferedImage croppedToInk(BufferedImage page) {
        int left = page.getWidth();
        int top = page.getHeight();
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {
            return page;
        }
        left = Math.max(0, left - MARGIN);
        top = Math.max(0, top - MARGIN);
        right = Math.min(page.getWidth() - 1, right + MARGIN);
        bottom = Math.min(page.getHeight() - 1, bottom + MARGIN);
        return page.getSubimage(left, top, right - left + 1, bottom - top + 1);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("Échec de " + String.join(" ", command));
        }
    }

    private static String slug(String sheet) {
        String ascii = Normalizer.normalize(sheet, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
