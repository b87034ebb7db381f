package fr.copilote.scheduler.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The two console users the tests sign in as, configured the way an admin does it: a name, the hash that
 * {@code hash-password} printed for the password, a role. The passwords themselves appear only here.
 */
final class ConsoleUsers {

    static final String ADMIN = "dsi";
    static final String ADMIN_PASSWORD = "admin-copilote-2024";
    static final String FINANCE = "controle-gestion";
    static final String FINANCE_PASSWORD = "finance-copilote-2024";

    /** {@code copilote.console.users} as an admin writes it, with the hashes {@code hash-password} printed. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @TestPropertySource(properties = {
            "copilote.console.users[0].name=" + ADMIN,
            "copilote.console.users[0].password={bcrypt}$2a$10$2p7DoNJ.wRl5M8ivmaUY4efS01YlUWAi0H5UmnXZpZVC1COEuR23i",
            "copilote.console.users[0].role=ADMIN",
            "copilote.console.users[1].name=" + FINANCE,
            "copilote.console.users[1].password={bcrypt}$2a$10$XlIlFMjPt7eBAmC37r5uh.g7Yf8Aok1k/dMf5L..MaH01zwB2etPS",
            "copilote.console.users[1].role=FINANCE"})
    @interface Configured {
    }

    private ConsoleUsers() {
    }
}
