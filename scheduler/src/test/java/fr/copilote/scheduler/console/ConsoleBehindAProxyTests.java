package fr.copilote.scheduler.console;

import static fr.copilote.scheduler.console.ConsoleUsers.ADMIN;
import static fr.copilote.scheduler.console.ConsoleUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.support.CopiloteTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The console behind the hospital's HTTPS reverse proxy, on a real server: the proxy tells, in {@code X-Forwarded-Proto}
 * and {@code X-Forwarded-For}, that the browser came in HTTPS and from which address. Copilote believes it only when
 * told to ({@code server.forward-headers-strategy=native}): then the session cookie is {@code Secure}, HSTS is sent,
 * and sign-ins are throttled and audited under the browser's address. Otherwise any client could claim either.
 */
@CopiloteTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ConsoleUsers.Configured
class ConsoleBehindAProxyTests {

    /** The browser's address as the proxy forwards it (a documentation address, RFC 5737). */
    private static final String BROWSER = "203.0.113.9";

    private static final Map<String, String> FROM_THE_PROXY = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", BROWSER);

    @Nested
    @TestPropertySource(properties = "server.forward-headers-strategy=native")
    class WhenTheServiceIsToldItIsBehindAProxy extends ThroughTheProxy {

        @Test
        void theSessionCookieIsSecureAndBrowsersAreToldToStayOnHttps() throws Exception {
            HttpResponse<String> signInPage = get("/login");

            assertThat(sessionCookie(signInPage)).hasValueSatisfying(cookie -> assertThat(attributes(cookie))
                    .contains("secure", "httponly", "samesite=strict"));
            assertThat(signInPage.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).contains("max-age="));

            // Signing in renews the session id: the cookie of the signed-in session is the one that must not leak.
            HttpResponse<String> signedIn = signIn(signInPage, ADMIN, ADMIN_PASSWORD);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/executions"));
            assertThat(sessionCookie(signedIn)).hasValueSatisfying(cookie -> assertThat(attributes(cookie)).contains("secure"));
        }

        @Test
        void signInsAreAuditedUnderTheBrowsersAddressNotTheProxys() throws Exception {
            signIn(get("/login"), ADMIN, "pas-le-bon-mot-de-passe");

            assertThat(jdbc.queryForObject("SELECT outcome FROM audit_event WHERE action = 'connexion refusée'", String.class))
                    .contains("depuis " + BROWSER);
        }
    }

    @Nested
    class WhenItIsNotTold extends ThroughTheProxy {

        @Test
        void theForwardedHeadersAreIgnoredWhoeverSendsThem() throws Exception {
            HttpResponse<String> signInPage = get("/login");

            assertThat(sessionCookie(signInPage)).hasValueSatisfying(cookie -> assertThat(attributes(cookie))
                    .contains("httponly").doesNotContain("secure"));
            assertThat(signInPage.headers().firstValue("Strict-Transport-Security")).isEmpty();

            signIn(signInPage, ADMIN, "pas-le-bon-mot-de-passe");
            assertThat(jdbc.queryForObject("SELECT outcome FROM audit_event WHERE action = 'connexion refusée'", String.class))
                    .contains("depuis 127.0.0.1").doesNotContain(BROWSER);
        }
    }

    /** Requests as the proxy passes them on, from this machine, with the browser's forwarded headers. */
    abstract static class ThroughTheProxy {

        private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        @LocalServerPort
        int port;

        @Autowired
        JdbcTemplate jdbc;

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        @BeforeEach
        void emptyAuditTrail() {
            Tables.empty(jdbc);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(forwarded(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the sign-in form of {@code signInPage}, in its session, with its CSRF token. */
        HttpResponse<String> signIn(HttpResponse<String> signInPage, String name, String password)
                throws IOException, InterruptedException {
            Matcher token = CSRF_TOKEN.matcher(signInPage.body());
            assertThat(token.find()).as("jeton CSRF de la page de connexion").isTrue();
            String form = Map.of("username", name, "password", password, "_csrf", token.group(1)).entrySet().stream()
                    .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            String session = sessionCookie(signInPage).orElseThrow().split(";", 2)[0];
            return http.send(forwarded("/login").header("Cookie", session)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder forwarded(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            FROM_THE_PROXY.forEach(request::header);
            return request;
        }

        static Optional<String> sessionCookie(HttpResponse<String> response) {
            return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst();
        }

        /** A cookie's attributes, lower case, without their values but SameSite's: {@code secure}, {@code httponly}… */
        static List<String> attributes(String cookie) {
            return Pattern.compile(";\\s*").splitAsStream(cookie).skip(1)
                    .map(attribute -> attribute.toLowerCase(Locale.ROOT))
                    .map(attribute -> attribute.startsWith("samesite=") ? attribute : attribute.split("=", 2)[0])
                    .toList();
        }
    }
}
