package fr.copilote.scheduler.console;

import static fr.copilote.scheduler.console.ConsoleFolders.OUTPUT;
import static fr.copilote.scheduler.console.ConsoleFolders.SECRET;
import static fr.copilote.scheduler.console.ConsoleUsers.ADMIN;
import static fr.copilote.scheduler.console.ConsoleUsers.ADMIN_PASSWORD;
import static fr.copilote.scheduler.console.ConsoleUsers.FINANCE;
import static fr.copilote.scheduler.console.ConsoleUsers.FINANCE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import fr.copilote.reports.testing.Workbooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The console as its users meet it: a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) on the application served on a random port. A finance user reads and cannot launch;
 * an admin launches the bundled sample, watches it to its end, downloads a workbook and opens it.
 * <p>
 * With {@code -Dcopilote.console.screenshots=true} the admin's run is also photographed for the docs
 * ({@code docs/screenshots/console-executions.png} and {@code console-execution.png}).
 */
@CopiloteTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ConsoleUsers.Configured
class ConsoleInBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots").toAbsolutePath().normalize();
    private static final Duration A_RUN = Duration.ofMinutes(3);

    /** Where the browser saves what it downloads, beside the console's output folder. */
    private static final Path DOWNLOADS = ConsoleFolders.ROOT.resolve("telechargements");

    @DynamicPropertySource
    static void outputFolder(DynamicPropertyRegistry registry) {
        ConsoleFolders.serveOutput(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NightlyLauncher launcher;

    private ChromeDriver browser;

    @BeforeEach
    void startChromium() throws IOException {
        // .ci/run greps the surefire reports for this phrase: on CI these tests must run, not skip.
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium absent : installez les paquets Debian chromium et chromium-driver pour tester la console");
        Tables.empty(jdbc);
        FileSystemUtils.deleteRecursively(OUTPUT);
        FileSystemUtils.deleteRecursively(DOWNLOADS);
        Files.createDirectories(OUTPUT);
        Files.createDirectories(DOWNLOADS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--lang=fr-FR", "--hide-scrollbars");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", DOWNLOADS.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("intl.accept_languages", "fr-FR,fr");
        options.setExperimentalOption("prefs", prefs);
        // The page's console, read to check that the Content-Security-Policy blocked nothing the console needs.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        // On Linux Chromium takes its language (dates shown as jj/mm/aaaa) from the environment, not from --lang.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withEnvironment(Map.of("LANGUAGE", "fr", "LANG", "fr_FR.UTF-8")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // The window size counts the browser's own bars: grow it until the page itself is 1400 x 1000.
        long pageHeight = (Long) browser.executeScript("return window.innerHeight;");
        Dimension window = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(window.getWidth(), window.getHeight() + (int) (1000 - pageHeight)));
    }

    @AfterEach
    void stopChromium() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        // A run launched here goes on in the background: let it end before the next test empties the tables.
        waitUntil(Duration.ofMinutes(3), () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')", Integer.class) == 0);
    }

    @Test
    void financeUserSeesTheExecutionsButCannotLaunch() {
        long failed = launcher.launch(LocalDate.of(2024, 12, 30), ConsoleFolders.emptyInput(), OUTPUT, List.of()).getId();

        signIn(FINANCE, FINANCE_PASSWORD);

        assertThat(browser.getCurrentUrl()).endsWith("/executions");
        assertThat(browser.findElement(By.id("user")).getText()).isEqualTo(FINANCE);
        WebElement row = browser.findElement(By.cssSelector("#executions tbody tr[data-status=FAILED]"));
        assertThat(row.getText()).contains(String.valueOf(failed)).contains("30/12/2024").contains("en échec");
        assertThat(browser.findElements(By.id("nav-launch"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Journal d'audit"))).isEmpty();

        open(row.findElement(By.linkText(String.valueOf(failed))));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("en échec");
        assertThat(browser.findElements(By.cssSelector(".actions button"))).isEmpty();

        browser.get(url("/launch"));
        assertThat(browser.getTitle()).isEqualTo("Accès refusé — Copilote");
        assertThat(browser.findElement(By.id("refused")).getText()).isEqualTo("Accès refusé");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("seuls les administrateurs lancent");
        assertThat(browser.findElements(By.id("launch"))).isEmpty();

        // A forged restart, carrying the page's own CSRF token: refused, in French, by the real server's forward.
        browser.get(url("/executions/" + failed));
        post("/executions/" + failed + "/restart");
        assertThat(browser.findElement(By.id("refused")).getText()).isEqualTo("Accès refusé");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isEqualTo(1);
        assertTheContentSecurityPolicyBlockedNothing();
    }

    @Test
    void adminLaunchesTheSampleWatchesItFinishAndDownloadsAWorkbookThatOpens() throws Exception {
        signIn(ADMIN, ADMIN_PASSWORD);
        open(browser.findElement(By.id("nav-launch")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lancer un traitement");
        assertThat(browser.findElement(By.cssSelector("form.launch")).getText()).contains(OUTPUT.toString());
        typeDate("date", LocalDate.of(2024, 12, 31));
        WebElement input = browser.findElement(By.id("input"));
        input.clear();
        input.sendKeys(Samples.folder().toString());
        open(browser.findElement(By.id("launch")));

        assertThat(browser.findElement(By.id("message")).getText()).matches("Traitement lancé : exécution n° \\d+\\.");
        String execution = browser.getCurrentUrl();
        assertThat(execution).matches(".*/executions/\\d+");
        // Still running when the page first shows: only its own refreshing can bring the end to the screen.
        assertThat(status()).isIn("STARTING", "STARTED");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("la page se met à jour toute seule");
        assertThat(browser.findElements(By.cssSelector("meta[http-equiv=refresh]"))).hasSize(1);

        new WebDriverWait(browser, A_RUN, Duration.ofMillis(500)).ignoring(StaleElementReferenceException.class)
                .until(page -> !List.of("STARTING", "STARTED").contains(status()));
        assertThat(status()).isEqualTo("COMPLETED");
        assertThat(browser.getCurrentUrl()).isEqualTo(execution);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("terminé");
        assertThat(browser.findElements(By.cssSelector("meta[http-equiv=refresh]"))).isEmpty();
        assertThat(browser.findElement(By.id("files")).getText()).contains("activite.csv").contains("conventions.csv");

        List<String> workbooks = browser.findElements(By.cssSelector("#workbooks a")).stream().map(WebElement::getText).toList();
        assertThat(workbooks).contains("LILLE_2024-12-31.xlsx", "TOUS_2024-12-31.xlsx");
        screenshot("console-execution.png");

        browser.findElement(By.linkText("LILLE_2024-12-31.xlsx")).click();
        Path downloaded = DOWNLOADS.resolve("LILLE_2024-12-31.xlsx");
        waitUntil(Duration.ofSeconds(30), () -> Files.isRegularFile(downloaded) && !hasPartialDownload());

        assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(OUTPUT.resolve("LILLE_2024-12-31.xlsx")));
        try (XSSFWorkbook workbook = Workbooks.open(downloaded)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Synthèse", "Objectifs", "Établissements", "Capacités et SAE", "Flux", "Conventions", "Activité",
                    "Qualité des données", "Sources", "Définitions");
            Sheet activity = workbook.getSheet("Activité");
            assertThat(activity.getLastRowNum()).isPositive();
        }

        open(browser.findElement(By.linkText("Exécutions")));
        WebElement row = browser.findElement(By.cssSelector("#executions tbody tr"));
        assertThat(row.getAttribute("data-status")).isEqualTo("COMPLETED");
        assertThat(row.getText()).contains("31/12/2024").contains("terminé");
        screenshot("console-executions.png");

        open(browser.findElement(By.linkText("Journal d'audit")));
        assertThat(browser.getTitle()).isEqualTo("Journal d’audit — Copilote");
        String trail = browser.findElement(By.id("audit")).getText();
        assertThat(trail).contains(ADMIN + " console web lancement").contains("31/12/2024 lancé")
                .contains(ADMIN + " console web téléchargement").contains("LILLE_2024-12-31.xlsx")
                .contains(ADMIN + " console web connexion depuis ");
        assertTheContentSecurityPolicyBlockedNothing();
    }

    @Test
    void adminStopsARunningRunThenAbandonsIt() throws InterruptedException {
        signIn(ADMIN, ADMIN_PASSWORD);
        launchTheSample(LocalDate.of(2024, 12, 29));

        open(browser.findElement(By.id("stop")));
        assertThat(browser.findElement(By.id("message")).getText()).contains("Arrêt demandé");
        new WebDriverWait(browser, A_RUN, Duration.ofMillis(500)).ignoring(StaleElementReferenceException.class)
                .until(page -> "STOPPED".equals(status()));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("arrêté");
        assertThat(browser.findElements(By.id("restart"))).hasSize(1);

        open(browser.findElement(By.id("abandon")));
        assertThat(browser.findElement(By.id("message")).getText()).contains("abandonnée : sa date ne sera plus reprise.");
        assertThat(status()).isEqualTo("ABANDONED");
        assertThat(browser.findElements(By.cssSelector(".actions button"))).isEmpty();

        browser.get(url("/audit"));
        assertThat(browser.findElement(By.id("audit")).getText()).contains("abandon").contains("arrêt").contains("lancement");
    }

    @Test
    void adminStopsARunningRunThenRestartsItToItsEnd() {
        signIn(ADMIN, ADMIN_PASSWORD);
        launchTheSample(LocalDate.of(2024, 12, 28));
        String stopped = browser.getCurrentUrl();

        open(browser.findElement(By.id("stop")));
        new WebDriverWait(browser, A_RUN, Duration.ofMillis(500)).ignoring(StaleElementReferenceException.class)
                .until(page -> "STOPPED".equals(status()));
        open(browser.findElement(By.id("restart")));

        assertThat(browser.getCurrentUrl()).isNotEqualTo(stopped).matches(".*/executions/\\d+");
        assertThat(browser.findElement(By.id("message")).getText()).matches("Reprise de l'exécution n° \\d+ lancée : exécution n° \\d+\\.");
        new WebDriverWait(browser, A_RUN, Duration.ofMillis(500)).ignoring(StaleElementReferenceException.class)
                .until(page -> "COMPLETED".equals(status()));
        assertThat(browser.findElements(By.cssSelector("#workbooks a"))).extracting(WebElement::getText)
                .contains("LILLE_2024-12-28.xlsx", "TOUS_2024-12-28.xlsx");

        browser.get(stopped);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("arrêté");
    }

    @Test
    void aFormPostedAfterTheSessionIsLostSaysInFrenchToReloadAndSignInAgain() {
        signIn(ADMIN, ADMIN_PASSWORD);
        browser.get(url("/launch"));
        WebElement input = browser.findElement(By.id("input"));
        input.clear();
        input.sendKeys(Samples.folder().toString());

        browser.manage().deleteCookieNamed("JSESSIONID");
        open(browser.findElement(By.id("launch")));

        assertThat(browser.getTitle()).isEqualTo("Formulaire expiré — Copilote");
        assertThat(browser.findElement(By.id("refused")).getText()).isEqualTo("Formulaire expiré");
        assertThat(browser.findElement(By.id("expired-form")).getText()).contains("Rechargez la page et reconnectez-vous");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isZero();

        open(browser.findElement(By.linkText("Recharger la console")));
        awaitUrlEndingWith("/login");
    }

    @Test
    void anUnknownExecutionOrFileIsAFrenchNotFoundPageAndNothingLeavesTheOutputFolder() throws IOException {
        Files.writeString(SECRET, "CONFIDENTIEL");
        signIn(FINANCE, FINANCE_PASSWORD);

        for (String path : List.of("/executions/424242", "/downloads/LILLE_2024-12-31.xlsx", "/downloads/secret.xlsx",
                "/downloads/%2e%2e/secret.xlsx", "/nulle-part")) {
            browser.get(url(path));
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(path).isEqualTo("Page introuvable");
            assertThat(browser.findElement(By.tagName("main")).getText()).as(path)
                    .contains("Cette page, cette exécution ou ce fichier n'existe pas.");
        }
        // An encoded slash never reaches Copilote: the server itself answers 400 (in its own words).
        browser.get(url("/downloads/..%2Fsecret.xlsx"));
        assertThat(browser.getTitle()).contains("400");
        assertThat(browser.getPageSource()).doesNotContain("CONFIDENTIEL");
        assertThat(DOWNLOADS).isEmptyDirectory();
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheSignInPageWithAFrenchMessage() {
        browser.get(url("/executions"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        browser.findElement(By.id("username")).sendKeys(ADMIN);
        browser.findElement(By.id("password")).sendKeys("pas-le-bon-mot-de-passe");
        open(browser.findElement(By.id("sign-in")));

        awaitUrlEndingWith("/login?error");
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).isEqualTo("Identifiant ou mot de passe incorrect.");
    }

    // --- Helpers ------------------------------------------------------------------------------------------------

    private void signIn(String user, String password) {
        browser.get(url("/login"));
        String anonymousSession = browser.manage().getCookieNamed("JSESSIONID").getValue();
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        open(browser.findElement(By.id("sign-in")));
        awaitUrlEndingWith("/executions");
        // Session fixation: the id the browser held before signing in is worthless after.
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(anonymousSession);
    }

    /** Launches the bundled sample from the form and lands on the new execution's page. */
    private void launchTheSample(LocalDate date) {
        browser.get(url("/launch"));
        typeDate("date", date);
        WebElement input = browser.findElement(By.id("input"));
        input.clear();
        input.sendKeys(Samples.folder().toString());
        open(browser.findElement(By.id("launch")));
        assertThat(browser.findElement(By.id("message")).getText()).startsWith("Traitement lancé");
    }

    /** Date inputs take typed digits in the browser's locale; setting the ISO value is what a picker does. */
    private void typeDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)),
                date.toString());
    }

    /** Posts a form built in the page, with the CSRF token the page holds (the sign-out form's). */
    private void post(String path) {
        ((JavascriptExecutor) browser).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                const token = document.querySelector('input[name=_csrf]').cloneNode();
                form.appendChild(token);
                document.body.appendChild(form);
                form.submit();""", path);
        awaitUrlEndingWith(path);
    }

    /** Clicks a link or a submit button and waits until the page it was on is gone. */
    private void open(WebElement linkOrButton) {
        linkOrButton.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(linkOrButton));
    }

    /** A click that submits returns before the next page is there: wait for its address. */
    private void awaitUrlEndingWith(String end) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().endsWith(end));
    }

    /** The pages need no script and load nothing from elsewhere: the strict policy must have refused nothing. */
    private void assertTheContentSecurityPolicyBlockedNothing() {
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
                .noneMatch(message -> message.contains("Content Security Policy"));
    }

    private String status() {
        return browser.findElement(By.id("status")).getAttribute("data-status");
    }

    private void screenshot(String name) throws IOException {
        if (!Boolean.getBoolean("copilote.console.screenshots")) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private boolean hasPartialDownload() {
        try (var files = Files.list(DOWNLOADS)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void waitUntil(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("attente dépassée (" + limit + ")").isLessThan(end);
            Thread.sleep(200);
        }
    }
}
