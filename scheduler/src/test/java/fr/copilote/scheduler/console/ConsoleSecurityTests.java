package fr.copilote.scheduler.console;

import static fr.copilote.scheduler.console.ConsoleFolders.OUTPUT;
import static fr.copilote.scheduler.console.ConsoleFolders.SECRET;
import static fr.copilote.scheduler.console.ConsoleUsers.ADMIN;
import static fr.copilote.scheduler.console.ConsoleUsers.ADMIN_PASSWORD;
import static fr.copilote.scheduler.console.ConsoleUsers.FINANCE;
import static fr.copilote.scheduler.console.ConsoleUsers.FINANCE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.copilote.model.testing.Tables;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.CopiloteApplication;
import fr.copilote.scheduler.history.FailureMessages;
import fr.copilote.scheduler.history.ExecutionHistory;
import fr.copilote.scheduler.history.ExecutionSummary;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.AuditLog;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.MovableClock;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Who may do what in the web console, through the whole Spring Security filter chain and the real pages: anonymous
 * visitors see the sign-in page and the health status only, finance users read runs and download the outputs,
 * admins change runs; every form needs its CSRF token, the session id changes at sign-in, downloads never leave
 * the output folder, and every change is in the French audit trail.
 */
@CopiloteTest
@ConsoleUsers.Configured
@AutoConfigureMockMvc
@Import(ConsoleSecurityTests.SignInClock.class)
class ConsoleSecurityTests {

    private static final LocalDate DAY = LocalDate.of(2024, 12, 31);

    /** The CSP every response carries: nothing runs, loads or frames the console but the console itself. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The sign-in throttle's clock: a test moves it past a lock instead of waiting for it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SignInClock {

        @Bean
        MovableClock signInClock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void outputFolder(DynamicPropertyRegistry registry) {
        ConsoleFolders.serveOutput(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NightlyLauncher launcher;

    @Autowired
    ExecutionHistory history;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    MovableClock clock;

    @Autowired
    ConsoleProperties properties;

    private Path emptyInput;

    @BeforeEach
    void emptyDatabaseAndOutputFolder() throws IOException {
        Tables.empty(jdbc);
        Files.createDirectories(OUTPUT);
        try (var files = Files.list(OUTPUT)) {
            for (Path file : files.toList()) {
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    FileSystemUtils.deleteRecursively(file);
                } else {
                    Files.delete(file);
                }
            }
        }
        Files.writeString(SECRET, "CONFIDENTIEL");
        emptyInput = ConsoleFolders.emptyInput();
        // Two days later, every failed sign-in of the tests before is forgotten and every lock is over.
        clock.advance(Duration.ofDays(2));
    }

    // --- Anonymous visitors -------------------------------------------------------------------------------------

    @Test
    void anonymousVisitorIsSentToTheSignInPage() throws Exception {
        for (String page : List.of("/", "/executions", "/executions?status=FAILED", "/executions/1", "/launch", "/audit",
                "/refuse", "/downloads/LILLE_2024-12-31.xlsx", "/une-page-qui-n-existe-pas")) {
            mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void anonymousPostsChangeNothingAndAreSentToTheSignInPage() throws Exception {
        long failed = failedRun();
        for (String action : List.of("/launch", "/executions/" + failed + "/restart", "/executions/" + failed + "/stop",
                "/executions/" + failed + "/abandon")) {
            mvc.perform(post(action).with(csrf()).param("date", "2024-12-30").param("input", emptyInput.toString()))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
        assertTheFailedRunIsUntouched(failed);
    }

    @Test
    void signInPageIsOpenToAnonymousVisitorsInFrenchWithACsrfToken() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"fr\"").contains("<title>Connexion — Copilote</title>")
                .contains("Identifiant").contains("Mot de passe").contains("Se connecter");
        assertThat(postForms(page)).hasSize(1).allSatisfy(form -> assertThat(form).contains("name=\"_csrf\""));
    }

    @Test
    void theStylesheetIsOpenSoThatTheSignInPageIsStyled() throws Exception {
        mvc.perform(get("/console.css")).andExpect(status().isOk())
                .andExpect(content().string(containsString("font-family")));
    }

    @Test
    void healthIsOpenToAnonymousVisitorsWithoutItsDetails() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").exists())
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void healthComponentsAreShownToAdminsOnly() throws Exception {
        // Free space, the output folder's path, the last run: an admin's business, not an anonymous visitor's.
        for (String component : List.of("/actuator/health/db", "/actuator/health/outputFolder", "/actuator/health/lastNightlyRun")) {
            mvc.perform(get(component)).andExpect(status().isNotFound()).andExpect(content().string(""));
            mvc.perform(get(component).with(finance())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/actuator/health/outputFolder").with(admin()))
                .andExpect(jsonPath("$.status").exists()).andExpect(jsonPath("$.details").exists());
    }

    @Test
    void otherActuatorEndpointsAreForAdminsOnly() throws Exception {
        for (String endpoint : List.of("/actuator", "/actuator/metrics", "/actuator/metrics/spring.batch.job", "/actuator/info")) {
            mvc.perform(get(endpoint)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(endpoint).with(finance())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/actuator/metrics").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.names").isArray());
        mvc.perform(get("/actuator/health").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db").exists())
                .andExpect(jsonPath("$.components.outputFolder").exists());
    }

    // --- Signing in and out -------------------------------------------------------------------------------------

    @Test
    void configuredPasswordsAreHashed() {
        var admin = users.loadUserByUsername(ADMIN);
        assertThat(admin.getPassword()).startsWith("{bcrypt}$2a$10$").doesNotContain(ADMIN_PASSWORD);
        assertThat(passwords.matches(ADMIN_PASSWORD, admin.getPassword())).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(users.loadUserByUsername(FINANCE).getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_FINANCE");
    }

    @Test
    void aPasswordWrittenInClearInTheConfigurationStopsTheStartWithAFrenchMessage() {
        ConsoleSecurityConfiguration configuration = new ConsoleSecurityConfiguration();
        for (String clear : List.of("motdepasse-en-clair", "{noop}motdepasse-en-clair", "{NOOP}motdepasse-en-clair", "")) {
            var properties = consoleUser("dsi", clear);
            assertThatThrownBy(() -> configuration.consoleUsers(properties))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("« dsi »").hasMessageContaining("hash-password");
        }
        var noRole = consoleUser("dsi", "{bcrypt}$2a$10$x", null);
        assertThatThrownBy(() -> configuration.consoleUsers(noRole)).hasMessageContaining("rôle");
    }

    @Test
    void aWeakOrUnknownPasswordHashStopsTheStartWithAFrenchMessageNamingTheUserAndTheFix() {
        ConsoleSecurityConfiguration configuration = new ConsoleSecurityConfiguration();
        for (String weak : List.of("{MD5}5f4dcc3b5aa765d61d8327deb882cf99", "{MD4}8a9d093f14f8701df17732b2bb182c74",
                "{SHA-1}5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8",
                "{SHA-256}5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8",
                "{sha256}97cde38028ad898ebc02e690819fa220e88c62e0699403e94fff291cfffaf8410849f27605abcbc0",
                "{ldap}{SSHA}FRwVgfRtI8f0A8Y9VGvL7XUvMqY0Sd2u", "{BCRYPT}$2a$10$2p7DoNJ.wRl5M8ivmaUY4efS01YlUWAi0H5UmnXZpZVC1COEuR23i",
                "{inconnu}abc", "$2a$10$2p7DoNJ.wRl5M8ivmaUY4efS01YlUWAi0H5UmnXZpZVC1COEuR23i")) {
            var properties = consoleUser("dsi", weak);
            assertThatThrownBy(() -> configuration.consoleUsers(properties)).as(weak)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Utilisateur de console « dsi » (copilote.console.users) : ")
                    .hasMessageContaining("java -jar copilote.jar hash-password")
                    .hasMessageContaining("{bcrypt}");
        }
        assertThatThrownBy(() -> configuration.consoleUsers(consoleUser("dsi", "{MD5}5f4dcc3b5aa765d61d8327deb882cf99")))
                .hasMessageContaining("« {MD5} » n'est pas accepté");
    }

    @Test
    void argon2AndScryptHashesAreRefusedSayingTheyNeedBouncyCastleWhichCopiloteDoesNotShip() {
        ConsoleSecurityConfiguration configuration = new ConsoleSecurityConfiguration();
        for (String hash : List.of("{argon2}$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
                "{argon2@SpringSecurity_v5_8}$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
                "{scrypt}$e0801$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==",
                "{scrypt@SpringSecurity_v5_8}$100801$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==")) {
            assertThatThrownBy(() -> configuration.consoleUsers(consoleUser("dsi", hash))).as(hash)
                    .hasMessageContaining("« dsi »").hasMessageContaining("BouncyCastle")
                    .hasMessageContaining("java -jar copilote.jar hash-password");
        }
    }

    @Test
    void bcryptAndPbkdf2HashesAreAcceptedAndCheckedAtSignIn() {
        String password = "mot-de-passe-pbkdf2-2025";
        String pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}" + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(password);
        String legacyPbkdf2 = "{pbkdf2}" + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_5().encode(password);
        ConsoleSecurityConfiguration configuration = new ConsoleSecurityConfiguration();

        for (String hash : List.of(pbkdf2, legacyPbkdf2, users.loadUserByUsername(ADMIN).getPassword())) {
            assertThat(configuration.consoleUsers(consoleUser("dsi", hash)).loadUserByUsername("dsi").getPassword()).isEqualTo(hash);
        }
        assertThat(passwords.matches(password, pbkdf2)).isTrue();
        assertThat(passwords.matches(password, legacyPbkdf2)).isTrue();
        assertThat(passwords.matches("un-autre", pbkdf2)).isFalse();
    }

    @Test
    void theServiceDoesNotStartWithAnMd5PasswordHash() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CopiloteApplication.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--copilote.schedule.active=false", "--logging.file.name=target/test.log",
                        "--spring.datasource.url=jdbc:h2:mem:md5-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--copilote.console.users[0].name=dsi", "--copilote.console.users[0].role=ADMIN",
                        "--copilote.console.users[0].password={MD5}5f4dcc3b5aa765d61d8327deb882cf99"))
                // What « serve » prints after « Échec : ».
                .satisfies(failure -> assertThat(FailureMessages.rootMessage(failure))
                        .startsWith("Utilisateur de console « dsi » (copilote.console.users) : ")
                        .contains("{MD5}").contains("java -jar copilote.jar hash-password"));
    }

    @Test
    void signInWithTheConfiguredPasswordOpensTheExecutions() throws Exception {
        mvc.perform(formLogin().user(FINANCE).password(FINANCE_PASSWORD))
                .andExpect(authenticated().withUsername(FINANCE).withRoles("FINANCE"))
                .andExpect(redirectedUrl("/executions"));
        mvc.perform(formLogin().user(ADMIN).password(ADMIN_PASSWORD))
                .andExpect(authenticated().withUsername(ADMIN).withRoles("ADMIN"));
    }

    @Test
    void aWrongPasswordIsRefusedInFrench() throws Exception {
        mvc.perform(formLogin().user(ADMIN).password(FINANCE_PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("inconnu").password(ADMIN_PASSWORD)).andExpect(unauthenticated());

        mvc.perform(get("/login?error")).andExpect(content().string(
                containsString("Identifiant ou mot de passe incorrect.")));
    }

    @Test
    void signInChangesTheSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/login").session(session)).andExpect(status().isOk());
        String before = session.getId();

        // The browser sends back its session cookie: Spring Security only renews a session the request asked for.
        MvcResult signedIn = mvc.perform(post("/login").session(session).with(csrf()).with(request -> {
                            request.setRequestedSessionId(before);
                            request.setRequestedSessionIdValid(true);
                            return request;
                        })
                        .param("username", ADMIN).param("password", ADMIN_PASSWORD))
                .andExpect(authenticated()).andReturn();

        String after = signedIn.getRequest().getSession(false).getId();
        assertThat(after).isNotEqualTo(before);
        // The same session object carries on under its new id: what was in it before sign-in is still there.
        assertThat(signedIn.getRequest().getSession(false)).isSameAs(session);
    }

    @Test
    void signOutNeedsItsCsrfTokenAndEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(admin())).andExpect(status().isForbidden());

        MvcResult out = mvc.perform(logout()).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?deconnecte")).andReturn();
        assertThat(out.getRequest().getSession(false)).isNull();
        mvc.perform(get("/login?deconnecte")).andExpect(content().string(containsString("Vous êtes déconnecté.")));
    }

    // --- Repeated failed sign-ins -------------------------------------------------------------------------------

    @Test
    void aHundredGuessesOfThePasswordAreCutShortAndTheRightOneIsThenRefusedToo() throws Exception {
        for (int guess = 1; guess <= 100; guess++) {
            signIn(ADMIN, "devinette-" + guess, "10.1.1.1").andExpect(unauthenticated());
        }
        // The right password, even from another computer, waits for the end of the lock: it is not even checked.
        MvcResult refused = signIn(ADMIN, ADMIN_PASSWORD, "10.1.1.2")
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?bloque")).andReturn();

        String retry = FrenchDates.DATE_AT_TIME.format(clock.localNow().plusMinutes(1));
        assertThat(lockPage(refused)).contains("Trop d'échecs de connexion : réessayez à partir du " + retry + ".")
                .doesNotContain("Identifiant ou mot de passe incorrect.");
        // Five passwords checked, one lock, the first attempt the lock refused: a flood does not flood the trail.
        assertThat(signInTrail()).containsExactly(
                ADMIN + " | connexion refusée | identifiant ou mot de passe incorrect, depuis 10.1.1.1 (échec n° 1 de suite)",
                ADMIN + " | connexion refusée | identifiant ou mot de passe incorrect, depuis 10.1.1.1 (échec n° 2 de suite)",
                ADMIN + " | connexion refusée | identifiant ou mot de passe incorrect, depuis 10.1.1.1 (échec n° 3 de suite)",
                ADMIN + " | connexion refusée | identifiant ou mot de passe incorrect, depuis 10.1.1.1 (échec n° 4 de suite)",
                ADMIN + " | connexion refusée | identifiant ou mot de passe incorrect, depuis 10.1.1.1 (échec n° 5 de suite)",
                ADMIN + " | blocage | identifiant « " + ADMIN + " » bloqué jusqu'au " + retry + " après 5 échecs de suite",
                ADMIN + " | connexion refusée | bloquée jusqu'au " + retry + " (identifiant bloqué), mot de passe non vérifié, "
                        + "depuis 10.1.1.1 ; les tentatives suivantes pendant ce blocage ne sont pas consignées une à une");
    }

    @Test
    void aLockedSignInReadsTheSameWhetherTheAccountExistsOrNot() throws Exception {
        for (int guess = 1; guess <= 5; guess++) {
            signIn(FINANCE, "devinette-" + guess, "10.2.2.1");
            signIn("personne-de-ce-nom", "devinette-" + guess, "10.2.2.2");
        }

        MvcResult existing = signIn(FINANCE, FINANCE_PASSWORD, "10.2.2.1").andExpect(redirectedUrl("/login?bloque")).andReturn();
        MvcResult unknown = signIn("personne-de-ce-nom", "devinette", "10.2.2.2").andExpect(redirectedUrl("/login?bloque")).andReturn();

        assertThat(withoutCsrfToken(lockPage(unknown))).contains("Trop d'échecs de connexion")
                .isEqualTo(withoutCsrfToken(lockPage(existing)));
    }

    @Test
    void aLockEndsByItselfAndEachFailureAfterItLocksForTwiceAsLong() throws Exception {
        for (int guess = 1; guess <= 5; guess++) {
            signIn(ADMIN, "devinette-" + guess, "10.3.3.1");
        }
        clock.advance(Duration.ofMinutes(1));
        signIn(ADMIN, "devinette-6", "10.3.3.1").andExpect(redirectedUrl("/login?error"));
        String twoMinutesLater = FrenchDates.DATE_AT_TIME.format(clock.localNow().plusMinutes(2));
        assertThat(lockPage(signIn(ADMIN, ADMIN_PASSWORD, "10.3.3.1").andReturn())).contains("réessayez à partir du " + twoMinutesLater);

        clock.advance(Duration.ofMinutes(1));
        signIn(ADMIN, ADMIN_PASSWORD, "10.3.3.1").andExpect(redirectedUrl("/login?bloque"));
        clock.advance(Duration.ofMinutes(1));
        signIn(ADMIN, ADMIN_PASSWORD, "10.3.3.1").andExpect(authenticated().withUsername(ADMIN)).andExpect(redirectedUrl("/executions"));

        // Signed in: the count starts again from nothing.
        for (int guess = 1; guess <= 4; guess++) {
            signIn(ADMIN, "faute-de-frappe-" + guess, "10.3.3.1").andExpect(redirectedUrl("/login?error"));
        }
        signIn(ADMIN, ADMIN_PASSWORD, "10.3.3.1").andExpect(authenticated());
        assertThat(signInTrail()).contains(ADMIN + " | connexion | depuis 10.3.3.1, après 6 échecs de suite et 2 tentatives "
                + "refusées pendant un blocage");
    }

    @Test
    void aComputerTryingManyAccountsIsLockedWhicheverAccountItTriesNext() throws Exception {
        for (int guess = 1; guess <= 20; guess++) {
            signIn("agent-" + guess, "devinette", "10.4.4.1").andExpect(redirectedUrl("/login?error"));
        }

        signIn(ADMIN, ADMIN_PASSWORD, "10.4.4.1").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?bloque"));
        signIn(ADMIN, ADMIN_PASSWORD, "10.4.4.2").andExpect(authenticated().withUsername(ADMIN));
        String retry = FrenchDates.DATE_AT_TIME.format(clock.localNow().plusMinutes(1));
        assertThat(signInTrail()).contains("agent-20 | blocage | poste 10.4.4.1 bloqué jusqu'au " + retry + " après 20 échecs de suite");
    }

    @Test
    void someoneGuessingTheAdminsPasswordElsewhereCannotKeepTheAdminOutOfTheirOwnComputer() throws Exception {
        signIn(ADMIN, ADMIN_PASSWORD, "10.5.5.1").andExpect(authenticated());
        for (int guess = 1; guess <= 10; guess++) {
            signIn(ADMIN, "devinette-" + guess, "10.5.5.9");
        }

        signIn(ADMIN, ADMIN_PASSWORD, "10.5.5.9").andExpect(redirectedUrl("/login?bloque"));
        signIn(ADMIN, ADMIN_PASSWORD, "10.5.5.2").andExpect(redirectedUrl("/login?bloque"));
        // From the computer the admin last signed in from, only that computer's own failures count.
        signIn(ADMIN, ADMIN_PASSWORD, "10.5.5.1").andExpect(authenticated().withUsername(ADMIN));
    }

    @Test
    void signInsSucceededOrFailedAreInTheAuditTrailWithTheNameAsTypedMadeHarmless() throws Exception {
        Logger auditLog = (Logger) LoggerFactory.getLogger("copilote.audit");
        ListAppender<ILoggingEvent> auditLines = new ListAppender<>();
        auditLines.start();
        auditLog.addAppender(auditLines);
        try {
            signIn(ADMIN, ADMIN_PASSWORD, "10.6.6.1").andExpect(authenticated());
            signIn("dsi\r\n2025-03-04 09:00:00 dsi (console web) — connexion : depuis 10.0.0.1", "x", "10.6.6.2");
            signIn("\u202Eisd" + "x".repeat(300), "x", "10.6.6.3");
        } finally {
            auditLog.detachAppender(auditLines);
        }

        List<String> trail = signInTrail();
        assertThat(trail).hasSize(3);
        assertThat(trail.get(0)).isEqualTo(ADMIN + " | connexion | depuis 10.6.6.1");
        // A name typed with line breaks cannot forge a line of audit.log, nor one that reads backwards.
        assertThat(trail.get(1)).startsWith("dsi??2025-03-04 09:00:00 dsi (console web) — connexion : dep… | connexion refusée | ");
        assertThat(trail.get(2)).startsWith("?isd" + "x".repeat(56) + "… | connexion refusée | identifiant ou mot de passe "
                + "incorrect, depuis 10.6.6.3 (échec n° 1 de suite)");
        assertThat(auditLines.list).extracting(ILoggingEvent::getFormattedMessage).hasSize(3)
                .allSatisfy(line -> assertThat(line).doesNotContain("\r").doesNotContain("\n").doesNotContain("\u202E"))
                .first().isEqualTo(ADMIN + " (console web) — connexion : depuis 10.6.6.1");

        assertThat(page(get("/audit").with(admin()))).contains("<td>connexion</td>").contains("<td>connexion refusée</td>")
                .contains("<td>depuis 10.6.6.1</td>");
    }

    @Test
    void theSignInLimitsAreSetInTheConfigurationWithTheirDefaults() {
        assertThat(properties.signIn()).isEqualTo(new ConsoleProperties.SignIn(5, 20, Duration.ofMinutes(1),
                Duration.ofMinutes(15), Duration.ofHours(24)));
    }


    // --- Finance users: read and download -----------------------------------------------------------------------

    @Test
    void financeUserSeesTheExecutionsWithoutTheLaunchOrAuditLinks() throws Exception {
        long failed = failedRun();

        String page = page(get("/executions").with(finance()));

        assertThat(page).contains("<h1>Exécutions</h1>").contains("href=\"/executions/" + failed + "\"").contains("en échec")
                .contains("31/12/2024").contains(FINANCE)
                .doesNotContain("nav-launch").doesNotContain("href=\"/launch\"").doesNotContain("href=\"/audit\"");
        mvc.perform(get("/").with(finance())).andExpect(redirectedUrl("/executions"));
    }

    @Test
    void executionsCanBeFilteredByDateAndStatus() throws Exception {
        long failed = failedRun();

        assertThat(page(get("/executions").param("status", "FAILED").with(finance()))).contains("href=\"/executions/" + failed + "\"");
        assertThat(page(get("/executions").param("status", "COMPLETED").with(finance()))).contains("Aucune exécution.")
                .doesNotContain("href=\"/executions/" + failed + "\"");
        assertThat(page(get("/executions").param("from", "2025-01-01").with(finance()))).contains("Aucune exécution.");
        assertThat(page(get("/executions").param("from", "2024-12-01").param("to", "2024-12-31").with(finance())))
                .contains("href=\"/executions/" + failed + "\"");
    }

    @Test
    void financeUserSeesAnExecutionWithoutItsActionButtons() throws Exception {
        long failed = failedRun();

        String page = page(get("/executions/" + failed).with(finance()));

        assertThat(page).contains("Exécution n° <span>" + failed + "</span>").contains("en échec")
                .contains("Raison de l'échec").doesNotContain("id=\"restart\"").doesNotContain("id=\"abandon\"");
    }

    @Test
    void financeUserCannotLaunchARun() throws Exception {
        mvc.perform(get("/launch").with(finance())).andExpect(status().isForbidden()).andExpect(forwardedUrl("/refuse"));
        mvc.perform(post("/launch").with(finance()).with(csrf()).param("date", "2024-12-30").param("input", emptyInput.toString()))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/refuse"));

        assertThat(executionCount()).isZero();
    }

    @Test
    void financeUserCannotRestartStopOrAbandonARun() throws Exception {
        long failed = failedRun();

        for (String action : List.of("restart", "stop", "abandon")) {
            mvc.perform(post("/executions/" + failed + "/" + action).with(finance()).with(csrf()))
                    .andExpect(status().isForbidden()).andExpect(forwardedUrl("/refuse"));
        }
        assertThat(executionCount()).isEqualTo(1);
        assertThat(statusOf(failed)).isEqualTo(BatchStatus.FAILED);
        // Nothing was done; the trail holds the three refusals, no operation.
        assertThat(jdbc.queryForList("SELECT action FROM audit_event", String.class))
                .containsExactly("accès refusé", "accès refusé", "accès refusé");
    }

    @Test
    void financeUserCannotReadTheAuditTrail() throws Exception {
        mvc.perform(get("/audit").with(finance())).andExpect(status().isForbidden()).andExpect(forwardedUrl("/refuse"));
    }

    @Test
    void refusalsOfFinanceUsersAreInTheAuditTrailSayingWhoAndWhat() throws Exception {
        long failed = failedRun();

        mvc.perform(post("/executions/" + failed + "/restart").with(finance()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/launch").with(finance())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(finance())).andExpect(status().isForbidden());

        assertThat(jdbc.queryForList("SELECT actor, channel, action, execution_id, outcome FROM audit_event ORDER BY id"))
                .extracting(row -> row.get("ACTOR") + " " + row.get("CHANNEL") + " " + row.get("ACTION") + " "
                        + row.get("EXECUTION_ID") + " " + row.get("OUTCOME"))
                .containsExactly(
                        FINANCE + " CONSOLE accès refusé " + failed + " POST /executions/" + failed + "/restart : réservé aux administrateurs",
                        FINANCE + " CONSOLE accès refusé null GET /launch : réservé aux administrateurs",
                        FINANCE + " CONSOLE accès refusé null GET /actuator/metrics : réservé aux administrateurs");
        assertThat(page(get("/audit").with(admin()))).contains("<td>accès refusé</td>")
                .contains("<td>POST /executions/" + failed + "/restart : réservé aux administrateurs</td>");
    }

    @Test
    void theRefusalPageAnswersInFrenchWhateverTheMethodOfTheRefusedRequest() throws Exception {
        // A refused POST is forwarded to /refuse as a POST: the page must answer it, not « 405 method not allowed ».
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
            String page = page(request(method, URI.create("/refuse")).with(finance()).with(csrf()));
            assertThat(page).contains("<h1 id=\"refused\">Accès refusé</h1>")
                    .contains("seuls les administrateurs lancent, reprennent, arrêtent ou abandonnent");
        }
    }

    @Test
    void financeUserDownloadsAWorkbookAndTheDownloadIsAudited() throws Exception {
        byte[] workbook = {'P', 'K', 3, 4, 1, 2, 3};
        Files.write(OUTPUT.resolve("LILLE_2024-12-31.xlsx"), workbook);
        Files.writeString(OUTPUT.resolve("rejets-activite-2024-12-31.csv"), "fichier;ligne\n");

        mvc.perform(get("/downloads/LILLE_2024-12-31.xlsx").with(finance())).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"LILLE_2024-12-31.xlsx\""))
                .andExpect(content().bytes(workbook));
        mvc.perform(get("/downloads/rejets-activite-2024-12-31.csv").with(finance())).andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"));

        assertThat(jdbc.queryForList("SELECT actor, channel, action, outcome FROM audit_event ORDER BY id"))
                .extracting(row -> row.get("ACTOR") + " " + row.get("CHANNEL") + " " + row.get("ACTION") + " " + row.get("OUTCOME"))
                .containsExactly(FINANCE + " CONSOLE téléchargement LILLE_2024-12-31.xlsx",
                        FINANCE + " CONSOLE téléchargement rejets-activite-2024-12-31.csv");
    }

    @Test
    void downloadOfAFileThatIsNotThereIsNotFound() throws Exception {
        mvc.perform(get("/downloads/LILLE_2024-12-31.xlsx").with(finance())).andExpect(status().isNotFound());
        assertThat(auditCount()).isZero();
    }

    @Test
    void downloadRefusesAPathOutsideTheOutputFolder() throws Exception {
        Files.createDirectories(OUTPUT.resolve("archives"));
        Files.writeString(OUTPUT.resolve("archives/ancien.xlsx"), "CONFIDENTIEL");
        Files.writeString(OUTPUT.resolve(".cache.xlsx"), "CONFIDENTIEL");
        Files.writeString(OUTPUT.resolve("notes.txt"), "CONFIDENTIEL");
        Files.createSymbolicLink(OUTPUT.resolve("lien.xlsx"), SECRET);
        String absolute = SECRET.toString();

        List<String> attempts = List.of(
                "/downloads/../secret.xlsx",
                "/downloads/..%2Fsecret.xlsx",
                "/downloads/%2e%2e%2fsecret.xlsx",
                "/downloads/%2E%2E/secret.xlsx",
                "/downloads/..%5Csecret.xlsx",
                "/downloads/%252e%252e%252fsecret.xlsx",
                "/downloads/" + absolute,
                "/downloads/" + absolute.replace("/", "%2F"),
                "/downloads//" + absolute,
                "/downloads/archives/ancien.xlsx",
                "/downloads/archives%2Fancien.xlsx",
                "/downloads/.cache.xlsx",
                "/downloads/notes.txt",
                "/downloads/lien.xlsx",
                "/downloads/secret.xlsx;.xlsx",
                "/downloads/..;/secret.xlsx");
        for (String attempt : attempts) {
            var response = mvc.perform(get(URI.create(attempt)).with(finance())).andReturn().getResponse();
            assertThat(response.getStatus()).as(attempt).isIn(400, 404);
            assertThat(response.getContentAsString()).as(attempt).doesNotContain("CONFIDENTIEL");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'téléchargement'", Integer.class)).isZero();
    }

    @Test
    void theOutputFilesHandOutOnlyBareNamesLyingDirectlyInTheFolder() throws IOException {
        OutputFiles outputs = new OutputFiles(OUTPUT);
        Files.writeString(OUTPUT.resolve("TOUS_2024-12-31.xlsx"), "x");
        Files.createDirectories(OUTPUT.resolve("archives"));
        Files.writeString(OUTPUT.resolve("archives/ancien.xlsx"), "x");
        Files.createSymbolicLink(OUTPUT.resolve("lien.xlsx"), SECRET);

        assertThat(outputs.find("TOUS_2024-12-31.xlsx")).contains(OUTPUT.resolve("TOUS_2024-12-31.xlsx"));
        for (String name : List.of("../secret.xlsx", SECRET.toString(), "archives/ancien.xlsx", "archives", "lien.xlsx",
                "..", ".", "", "TOUS_2024-12-31.xlsx/", "..\\secret.xlsx")) {
            assertThat(outputs.find(name)).as(name).isEmpty();
        }
        assertThat(outputs.find(null)).isEmpty();
        assertThat(outputs.downloadName(OUTPUT.resolve("TOUS_2024-12-31.xlsx"))).contains("TOUS_2024-12-31.xlsx");
        assertThat(outputs.downloadName(OUTPUT.resolve("archives/ancien.xlsx"))).isEmpty();
        assertThat(outputs.downloadName(SECRET)).isEmpty();
    }

    // --- Admins: launch, restart, stop, abandon -----------------------------------------------------------------

    @Test
    void adminSeesTheLaunchAndAuditLinks() throws Exception {
        assertThat(page(get("/executions").with(admin()))).contains("id=\"nav-launch\"").contains("href=\"/audit\"");
    }

    @Test
    void adminSeesTheLaunchFormWithYesterdayTheScheduleInputAndTheOutputFolder() throws Exception {
        String page = page(get("/launch").with(admin()));

        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1);
        assertThat(page).contains("<h1>Lancer un traitement</h1>").contains("value=\"" + yesterday + "\"")
                .contains(Path.of("entrees").toAbsolutePath().toString()).contains(OUTPUT.toString());
        assertThat(postForms(page)).allSatisfy(form -> assertThat(form).contains("name=\"_csrf\""));
    }

    @Test
    void launchIsWrittenToTheAuditTrailInFrench() throws Exception {
        Logger auditLog = (Logger) LoggerFactory.getLogger("copilote.audit");
        ListAppender<ILoggingEvent> auditLines = new ListAppender<>();
        auditLines.start();
        auditLog.addAppender(auditLines);
        MvcResult launched;
        try {
            launched = mvc.perform(post("/launch").with(admin()).with(csrf())
                            .param("date", "2024-12-30").param("input", emptyInput.toString()).param("territories", "")
                            .param("missingInput", "FAIL"))
                    .andExpect(status().isFound()).andReturn();
        } finally {
            auditLog.detachAppender(auditLines);
        }
        long id = idIn(launched.getResponse().getRedirectedUrl());
        // The line logs/audit.log receives.
        assertThat(auditLines.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly(ADMIN + " (console web) — lancement exécution n° " + id + " du 30/12/2024 : lancé");
        assertThat(launched.getFlashMap().get("message")).isEqualTo("Traitement lancé : exécution n° " + id + ".");
        awaitEnd(id);

        Map<String, Object> event = jdbc.queryForMap("SELECT * FROM audit_event");
        assertThat(event).containsEntry("ACTOR", ADMIN).containsEntry("CHANNEL", "CONSOLE").containsEntry("ACTION", "lancement")
                .containsEntry("EXECUTION_ID", id).containsEntry("OUTCOME", "lancé")
                .containsEntry("BUSINESS_DATE", Date.valueOf(LocalDate.of(2024, 12, 30)));
        assertThat(((Timestamp) event.get("OCCURRED_AT")).toLocalDateTime())
                .isBetween(LocalDateTime.now().minusMinutes(2), LocalDateTime.now());

        String trail = page(get("/audit").with(admin()));
        assertThat(trail).contains("<title>Journal d’audit — Copilote</title>").contains("<td>" + ADMIN + "</td>")
                .contains("<td>console web</td>").contains("<td>lancement</td>").contains("<td>30/12/2024</td>")
                .contains("<td>lancé</td>").contains("href=\"/executions/" + id + "\"");
    }

    @Test
    void restartStopAndAbandonAreWrittenToTheAuditTrailRefusalsIncluded() throws Exception {
        long failed = failedRun();

        MvcResult restarted = mvc.perform(post("/executions/" + failed + "/restart").with(admin()).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        long restart = idIn(restarted.getResponse().getRedirectedUrl());
        assertThat(restart).isNotEqualTo(failed);
        assertThat(restarted.getFlashMap().get("message"))
                .isEqualTo("Reprise de l'exécution n° " + failed + " lancée : exécution n° " + restart + ".");
        awaitEnd(restart);

        mvc.perform(post("/executions/" + restart + "/stop").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/executions/" + restart))
                .andExpect(flash().attribute("error", containsString("elle n'est pas en cours")));

        mvc.perform(post("/executions/" + restart + "/abandon").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/executions/" + restart))
                .andExpect(flash().attribute("message", "Exécution n° " + restart + " abandonnée : sa date ne sera plus reprise."));
        assertThat(statusOf(restart)).isEqualTo(BatchStatus.ABANDONED);

        mvc.perform(post("/executions/999999/abandon").with(admin()).with(csrf()))
                .andExpect(flash().attribute("error", "Aucune exécution n° 999999."));

        assertThat(jdbc.queryForList("SELECT actor, channel, action, execution_id FROM audit_event ORDER BY id"))
                .extracting(row -> row.get("ACTOR") + " " + row.get("CHANNEL") + " " + row.get("ACTION") + " " + row.get("EXECUTION_ID"))
                .containsExactly(ADMIN + " CONSOLE reprise " + restart, ADMIN + " CONSOLE arrêt refusé " + restart,
                        ADMIN + " CONSOLE abandon " + restart, ADMIN + " CONSOLE abandon refusé 999999");
        assertThat(page(get("/audit").with(admin()))).contains("<td>reprise</td>").contains("<td>arrêt refusé</td>")
                .contains("<td>abandon</td>").contains("Aucune exécution n° 999999.");
    }

    @Test
    void adminSeesTheRestartAndAbandonButtonsOfAFailedRunEachInACsrfProtectedForm() throws Exception {
        long failed = failedRun();

        String page = page(get("/executions/" + failed).with(admin()));

        assertThat(page).contains("id=\"restart\"").contains("id=\"abandon\"").doesNotContain("id=\"stop\"");
        assertThat(postForms(page)).hasSize(3) // restart, abandon, sign out
                .allSatisfy(form -> assertThat(form).contains("name=\"_csrf\""));
    }

    @Test
    void anUnknownExecutionIsNotFound() throws Exception {
        mvc.perform(get("/executions/424242").with(finance())).andExpect(status().isNotFound());
    }

    @Test
    void theAuditTrailSaysWhoDidWhatAndWhenInFrenchNewestFirst() throws Exception {
        audit.record(Actor.commandLine(), "purge", null, null, "3 exécutions supprimées");
        audit.record(Actor.console(ADMIN), "arrêt", 12L, DAY, "arrêt demandé");

        String trail = page(get("/audit").with(admin()));

        assertThat(trail).contains("<h1>Journal d'audit</h1>").contains("<th>Quand</th><th>Qui</th>")
                .contains("ligne de commande").contains("console web").contains("<td>31/12/2024</td>");
        assertThat(trail.indexOf("arrêt demandé")).isLessThan(trail.indexOf("3 exécutions supprimées"));
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(trail).containsPattern("<td>" + Pattern.quote(today) + " \\d\\d:\\d\\d:\\d\\d</td>");
    }

    // --- The launch form's checks -------------------------------------------------------------------------------

    @Test
    void launchFormRefusesABlankInputFolderInFrench() throws Exception {
        for (String blank : List.of("", "   ")) {
            String page = page(post("/launch").with(admin()).with(csrf()).param("date", "2024-12-30").param("input", blank));
            assertThat(page).contains("<h1>Lancer un traitement</h1>").contains("Indiquez le dossier d'entrée");
        }
        mvc.perform(post("/launch").with(admin()).with(csrf()).param("date", "2024-12-30"))
                .andExpect(view().name("launch")).andExpect(model().attributeHasFieldErrors("form", "input"));
        assertThat(executionCount()).isZero();
    }

    @Test
    void launchFormRefusesAMissingOrFutureDateAndAFolderThatIsNotThereInFrench() throws Exception {
        assertThat(page(post("/launch").with(admin()).with(csrf()).param("input", emptyInput.toString())))
                .contains("Date d'arrêté manquante ou invalide");
        assertThat(page(post("/launch").with(admin()).with(csrf()).param("date", "31/12/2024").param("input", emptyInput.toString())))
                .contains("Date d'arrêté manquante ou invalide");
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2).toString();
        assertThat(page(post("/launch").with(admin()).with(csrf()).param("date", tomorrow).param("input", emptyInput.toString())))
                .contains("La date d'arrêté ne peut pas être dans le futur.");
        assertThat(page(post("/launch").with(admin()).with(csrf()).param("date", "2024-12-30").param("input", "/nulle/part")))
                .contains("Le dossier d'entrée « /nulle/part » n'existe pas sur le serveur.");
        // A character no path may hold is the same refusal, not a server error.
        assertThat(page(post("/launch").with(admin()).with(csrf()).param("date", "2024-12-30").param("input", "/tmp/a\u0000b")))
                .contains("n'existe pas sur le serveur.");
        assertThat(executionCount()).isZero();
    }

    @Test
    void launchOfADateAlreadyDoneIsRefusedOnItsPageAndAudited() throws Exception {
        long failed = failedRun();
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'COMPLETED', EXIT_CODE = 'COMPLETED' WHERE JOB_EXECUTION_ID = ?", failed);

        mvc.perform(post("/launch").with(admin()).with(csrf()).param("date", DAY.toString()).param("input", emptyInput.toString()))
                .andExpect(redirectedUrl("/executions/" + failed))
                .andExpect(flash().attribute("error", containsString("31/12/2024")));

        assertThat(executionCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT action FROM audit_event", String.class)).isEqualTo("lancement refusé");
    }

    // --- CSRF ---------------------------------------------------------------------------------------------------

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        long failed = failedRun();
        for (String action : List.of("/launch", "/executions/" + failed + "/restart", "/executions/" + failed + "/stop",
                "/executions/" + failed + "/abandon", "/logout")) {
            mvc.perform(post(action).with(admin()).param("date", "2024-12-30").param("input", emptyInput.toString()))
                    .andExpect(status().isForbidden()).andExpect(forwardedUrl("/refuse"));
            mvc.perform(post(action).with(admin()).with(csrf().useInvalidToken())
                            .param("date", "2024-12-30").param("input", emptyInput.toString()))
                    .andExpect(status().isForbidden()).andExpect(forwardedUrl("/refuse"));
        }
        assertTheFailedRunIsUntouched(failed);
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", ADMIN).param("password", ADMIN_PASSWORD))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
    }

    @Test
    void aRefusedCsrfTokenTellsTheUserInFrenchToReloadThePageAndSignInAgain() throws Exception {
        String page = page(post("/refuse").with(admin()).with(csrf())
                .requestAttr(WebAttributes.ACCESS_DENIED_403, new MissingCsrfTokenException(null)));

        assertThat(page).contains("Formulaire expiré").contains("Rechargez la page").contains("reconnectez-vous")
                .doesNotContain("seuls les administrateurs");
    }

    @Test
    void everyFormThatPostsCarriesACsrfToken() throws Exception {
        long failed = failedRun();
        for (String path : List.of("/executions", "/executions/" + failed, "/launch", "/audit", "/refuse")) {
            List<String> forms = postForms(page(get(path).with(admin())));
            assertThat(forms).as(path).isNotEmpty().allSatisfy(form -> assertThat(form).contains("name=\"_csrf\""));
        }
    }

    // --- Security headers ---------------------------------------------------------------------------------------

    @Test
    void everyPageForbidsScriptsStylesAndFramesFromAnywhereButTheConsole() throws Exception {
        long failed = failedRun();
        for (MockHttpServletRequestBuilder request : List.of(get("/login"), get("/console.css"), get("/actuator/health"),
                get("/executions").with(finance()), get("/executions/" + failed).with(admin()), get("/launch").with(admin()),
                get("/audit").with(admin()), get("/launch").with(finance()))) {
            mvc.perform(request)
                    .andExpect(header().string("Content-Security-Policy", CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Cross-Origin-Opener-Policy", "same-origin"))
                    .andExpect(header().string("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"));
        }
    }

    @Test
    void theTemplatesNeedNothingTheContentSecurityPolicyForbids() throws IOException {
        try (var templates = Files.list(Path.of("src/main/resources/templates"))) {
            List<Path> pages = templates.toList();
            assertThat(pages).hasSizeGreaterThan(5);
            for (Path page : pages) {
                assertThat(Files.readString(page)).as(page.toString())
                        .doesNotContainPattern("(?i)<script").doesNotContainPattern("(?i)<style")
                        .doesNotContainPattern("(?i)\\sstyle=").doesNotContainPattern("(?i)\\son[a-z]+=")
                        .doesNotContainPattern("(?i)javascript:").doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
            }
        }
    }

    // --- Helpers ------------------------------------------------------------------------------------------------

    private static RequestPostProcessor admin() {
        return user(ADMIN).roles("ADMIN");
    }

    private static RequestPostProcessor finance() {
        return user(FINANCE).roles("FINANCE");
    }

    /** A sign-in through the form, as a browser on the computer at {@code address} posts it. */
    private ResultActions signIn(String name, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", name).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    /** The sign-in page the browser lands on after a refused sign-in, in the same session. */
    private String lockPage(MvcResult refused) throws Exception {
        return page(get("/login?bloque").session((MockHttpSession) refused.getRequest().getSession(false)));
    }

    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    /** The sign-ins of the audit trail, oldest first: who, what, outcome. */
    private List<String> signInTrail() {
        return jdbc.queryForList("SELECT actor, action, outcome FROM audit_event "
                        + "WHERE action IN ('connexion', 'connexion refusée', 'blocage') ORDER BY id")
                .stream().map(row -> row.get("ACTOR") + " | " + row.get("ACTION") + " | " + row.get("OUTCOME")).toList();
    }

    private static ConsoleProperties consoleUser(String name, String password) {
        return consoleUser(name, password, ConsoleProperties.Role.ADMIN);
    }

    /** Users only: the sign-in limits play no part in whether a user is accepted. */
    private static ConsoleProperties consoleUser(String name, String password, ConsoleProperties.Role role) {
        return new ConsoleProperties(List.of(new ConsoleProperties.User(name, password, role)), null);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(200);
        // Thymeleaf writes apostrophes as &#39;: read the page as the user does.
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Each {@code <form method="post">…</form>} of a page. */
    private static List<String> postForms(String page) {
        Matcher forms = Pattern.compile("<form[^>]*method=\"post\"[^>]*>.*?</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE)
                .matcher(page);
        return forms.results().map(match -> match.group()).toList();
    }

    /** A run of {@link #DAY} that failed at once: its input folder is empty. */
    private long failedRun() {
        long id = launcher.launch(DAY, emptyInput, OUTPUT, List.of()).getId();
        assertThat(statusOf(id)).isEqualTo(BatchStatus.FAILED);
        return id;
    }

    private BatchStatus statusOf(long id) {
        return history.summary(id).map(ExecutionSummary::status).orElseThrow();
    }

    /** Runs started from the console go on in the background: the next test must not empty the tables under them. */
    private void awaitEnd(long id) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofMinutes(2));
        while (statusOf(id).isRunning()) {
            assertThat(Instant.now()).as("fin de l'exécution n° " + id).isBefore(limit);
            Thread.sleep(100);
        }
    }

    private static long idIn(String redirect) {
        assertThat(redirect).matches("/executions/\\d+");
        return Long.parseLong(redirect.substring("/executions/".length()));
    }

    private int executionCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class);
    }

    private int auditCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class);
    }

    /** A refused action left the one failed run as it was, started nothing and audited nothing. */
    private void assertTheFailedRunIsUntouched(long failed) {
        assertThat(executionCount()).isEqualTo(1);
        assertThat(statusOf(failed)).isEqualTo(BatchStatus.FAILED);
        assertThat(auditCount()).isZero();
    }
}
