package fr.copilote.scheduler.console;

import fr.copilote.scheduler.operations.AuditLog;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Nothing is open to anonymous visitors but the sign-in page, its stylesheet and the health endpoint. Admins
 * change runs; finance users read them and download the outputs — a refusal goes to the audit trail. Every form
 * carries a CSRF token, the session id changes at sign-in, passwords are only ever stored hashed with a slow,
 * salted algorithm, repeated failed sign-ins are held back, and every page forbids scripts and framing.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
public class ConsoleSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSecurityConfiguration.class);

    /**
     * Nothing runs, loads or frames a console page but the console itself: the pages have no script at all, and
     * their only style sheet is {@code /console.css}.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords,
                                        SignInThrottle throttle, AuditLog audit) throws Exception {
        DaoAuthenticationProvider checkedPasswords = new DaoAuthenticationProvider(users);
        checkedPasswords.setPasswordEncoder(passwords);
        // No parent manager: a sign-in the throttle refuses must not be tried again by another one.
        http.authenticationManager(new ProviderManager(new ThrottledSignIn(checkedPasswords, throttle, new SignInAudit(audit))));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/console.css", "/error").permitAll()
                        // A form posted after the session expired is refused for its CSRF token by an anonymous
                        // request: it must reach the French « reload and sign in again » page, not bounce to sign-in.
                        // Only Spring Security's own forward gets there; a visitor asking for /refuse signs in first.
                        .requestMatchers(ConsoleSecurityConfiguration::forwardToRefusalPage).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/launch", "/audit").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/executions/**").hasRole("ADMIN")
                        .anyRequest().hasAnyRole("ADMIN", "FINANCE"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/executions", true)
                        .failureHandler(signInFailures()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?deconnecte"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(new RefusalAudit(audit)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .crossOriginOpenerPolicy(opener -> opener.policy(
                                CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /**
     * A wrong password back to « incorrect »; a held-back sign-in to « try again at… ». Either way the refusal is
     * kept in the session, where the sign-in page reads when to try again.
     */
    private static AuthenticationFailureHandler signInFailures() {
        AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        AuthenticationFailureHandler heldBack = new SimpleUrlAuthenticationFailureHandler("/login?bloque");
        return (request, response, failure) -> (failure instanceof SignInLockedException ? heldBack : wrong)
                .onAuthenticationFailure(request, response, failure);
    }

    /** One per process, in memory: see {@link SignInThrottle}. The clock is the system's, unless a test brings its own. */
    @Bean
    SignInThrottle signInThrottle(ConsoleProperties properties, ObjectProvider<Clock> clock) {
        return new SignInThrottle(properties.signIn(), clock.getIfAvailable(Clock::systemDefaultZone));
    }

    private static boolean forwardToRefusalPage(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.FORWARD && "/refuse".equals(request.getServletPath());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashes.encoder();
    }

    @Bean
    UserDetailsService consoleUsers(ConsoleProperties properties) {
        properties.users().forEach(ConsoleSecurityConfiguration::check);
        List<UserDetails> users = properties.users().stream()
                .map(user -> User.withUsername(user.name()).password(user.password()).roles(user.role().name()).build())
                .toList();
        if (users.isEmpty()) {
            log.warn("Aucun utilisateur de console configuré (copilote.console.users) : personne ne peut s'y connecter");
        }
        return new InMemoryUserDetailsManager(users);
    }

    /**
     * Refuses to start on a user the admin got wrong, saying which and how to put it right: a password in clear, a
     * weak hash or one no sign-in could be checked against ({@link PasswordHashes}) would otherwise be accepted
     * silently or fail every sign-in without a word.
     */
    private static void check(ConsoleProperties.User user) {
        if (user.name() == null || user.name().isBlank()) {
            throw new IllegalStateException("copilote.console.users : un utilisateur n'a pas de nom (name).");
        }
        String who = "Utilisateur de console « " + user.name() + " » (copilote.console.users) : ";
        if (user.role() == null) {
            throw new IllegalStateException(who + "rôle manquant (role: ADMIN ou FINANCE).");
        }
        PasswordHashes.refusal(user.password()).ifPresent(reason -> {
            throw new IllegalStateException(who + reason);
        });
    }
}
