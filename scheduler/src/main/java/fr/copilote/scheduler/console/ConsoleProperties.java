package fr.copilote.scheduler.console;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code copilote.console.users}: who may sign in to the console, with a hashed password ({@code hash-password}
 * writes one) and a role — {@code ADMIN} launches, restarts, stops and abandons runs, {@code FINANCE} looks at
 * them and downloads the outputs. {@code copilote.console.sign-in}: how failed sign-ins are held back.
 */
@ConfigurationProperties("copilote.console")
public record ConsoleProperties(@DefaultValue List<User> users, @DefaultValue SignIn signIn) {

    public enum Role {
        ADMIN, FINANCE
    }

    /** @param password a hash with its algorithm, as {@code hash-password} writes it: {@code {bcrypt}$2a$10$…} */
    public record User(String name, String password, Role role) {
    }

    /**
     * After {@code maxFailures} failed sign-ins in a row of one account (whatever the computer), or
     * {@code maxFailuresPerAddress} from one client address (whatever the accounts), sign-ins are refused for
     * {@code firstLock}; each further failure doubles it, up to {@code longestLock}. A success starts the count
     * again; so do {@code forgetAfter} without a failure.
     */
    public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
                         @DefaultValue("1m") Duration firstLock, @DefaultValue("15m") Duration longestLock,
                         @DefaultValue("24h") Duration forgetAfter) {
    }
}
