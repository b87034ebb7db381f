package fr.copilote.scheduler.console;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Nothing is open to anonymous visitors but the sign-in page, its stylesheet and the health endpoint. Admins
 * change runs; finance users read them and download the outputs. Every form carries a CSRF token, the session id
 * changes at sign-in, and passwords are only ever stored hashed.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
public class ConsoleSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSecurityConfiguration.class);

    /** A hash with its algorithm, as the delegating password encoder reads it; {@code {noop}} is the password in clear. */
    private static final Pattern HASHED = Pattern.compile("\\{(?!(?i:noop)\\})[A-Za-z0-9@_.-]+\\}.+");

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
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
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/executions", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?deconnecte"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedPage("/refuse"));
        return http.build();
    }

    private static boolean forwardToRefusalPage(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.FORWARD && "/refuse".equals(request.getServletPath());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
     * Refuses to start on a user the admin got wrong, saying which and how to put it right: a password written in
     * clear ({@code {noop}…}, or without its algorithm, which no sign-in would ever match) would otherwise be
     * accepted silently or fail every sign-in without a word.
     */
    private static void check(ConsoleProperties.User user) {
        if (user.name() == null || user.name().isBlank()) {
            throw new IllegalStateException("copilote.console.users : un utilisateur n'a pas de nom (name).");
        }
        String who = "Utilisateur de console « " + user.name() + " » (copilote.console.users) : ";
        if (user.role() == null) {
            throw new IllegalStateException(who + "rôle manquant (role: ADMIN ou FINANCE).");
        }
        if (!HASHED.matcher(user.password() == null ? "" : user.password()).matches()) {
            throw new IllegalStateException(who + "le mot de passe doit être l'empreinte écrite par « copilote.jar "
                    + "hash-password » ({bcrypt}$2a$10$…), jamais le mot de passe en clair.");
        }
    }
}
