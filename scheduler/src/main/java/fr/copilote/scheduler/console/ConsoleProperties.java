package fr.copilote.scheduler.console;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code copilote.console.users}: who may sign in to the console, with a hashed password ({@code hash-password}
 * writes one) and a role — {@code ADMIN} launches, restarts, stops and abandons runs, {@code FINANCE} looks at
 * them and downloads the outputs.
 */
@ConfigurationProperties("copilote.console")
public record ConsoleProperties(@DefaultValue List<User> users) {

    public enum Role {
        ADMIN, FINANCE
    }

    /** @param password a hash with its algorithm, as {@code hash-password} writes it: {@code {bcrypt}$2a$10$…} */
    public record User(String name, String password, Role role) {
    }
}
