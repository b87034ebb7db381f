package fr.copilote.scheduler.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.scrypt.SCryptPasswordEncoder;
import org.springframework.util.ClassUtils;

/**
 * The password hashes the console accepts: slow and salted ones only — bcrypt (what {@code hash-password} writes),
 * PBKDF2, and argon2 or scrypt when BouncyCastle, which computes those two, is on the class path (Copilote does not
 * ship it). A configuration file that leaks must not give the passwords away: {@code {MD5}}, {@code {SHA-256}} and
 * the like are cracked in seconds, {@code {noop}} is the password itself.
 */
public final class PasswordHashes {

    /** What {@code hash-password} writes. */
    private static final String DEFAULT = "bcrypt";

    private static final boolean BOUNCY_CASTLE = ClassUtils.isPresent("org.bouncycastle.crypto.params.Argon2Parameters",
            PasswordHashes.class.getClassLoader());

    /** Spring Security's names, {@code {id}} in front of the hash; the {@code @SpringSecurity_v5_8} ones have stronger defaults. */
    private static final Set<String> ACCEPTED = encoders().keySet();

    private static final Pattern PREFIXED = Pattern.compile("\\{([^{}]*)\\}.+");

    private static final String FIX = " Remplacez-le par l'empreinte qu'écrit « java -jar copilote.jar hash-password » ({bcrypt}$2a$10$…).";

    private PasswordHashes() {
    }

    /** Hashes with bcrypt; checks a password against a hash of any accepted algorithm, and of no other. */
    public static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder(DEFAULT, encoders());
    }

    /**
     * Why a configured password cannot be used, in French, or nothing when it is a hash of an accepted algorithm: the
     * service refuses to start rather than accept a weak hash silently, or fail every sign-in without a word.
     */
    static Optional<String> refusal(String password) {
        Matcher prefixed = PREFIXED.matcher(password == null ? "" : password);
        if (!prefixed.matches()) {
            return Optional.of("le mot de passe doit être une empreinte précédée de son algorithme ({bcrypt}…), jamais le "
                    + "mot de passe en clair." + FIX);
        }
        String algorithm = prefixed.group(1);
        if (ACCEPTED.contains(algorithm)) {
            return Optional.empty();
        }
        if (algorithm.startsWith("argon2") || algorithm.startsWith("scrypt")) {
            return Optional.of("l'algorithme « {" + algorithm + "} » demande la bibliothèque BouncyCastle, que Copilote "
                    + "n'embarque pas : aucune connexion ne pourrait être vérifiée." + FIX);
        }
        return Optional.of("l'algorithme « {" + algorithm + "} » n'est pas accepté : "
                + (algorithm.equalsIgnoreCase("noop") ? "{noop} est le mot de passe en clair"
                : "seuls bcrypt et pbkdf2" + (BOUNCY_CASTLE ? " (ou argon2 et scrypt)" : "")
                + " résistent à qui obtiendrait la configuration — MD5, SHA et les autres se cassent en quelques secondes")
                + "." + FIX);
    }

    private static Map<String, PasswordEncoder> encoders() {
        Map<String, PasswordEncoder> encoders = new LinkedHashMap<>();
        encoders.put(DEFAULT, new BCryptPasswordEncoder());
        encoders.put("pbkdf2", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_5());
        encoders.put("pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        if (BOUNCY_CASTLE) {
            encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_2());
            encoders.put("argon2@SpringSecurity_v5_8", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
            encoders.put("scrypt", SCryptPasswordEncoder.defaultsForSpringSecurity_v4_1());
            encoders.put("scrypt@SpringSecurity_v5_8", SCryptPasswordEncoder.defaultsForSpringSecurity_v5_8());
        }
        return encoders;
    }
}
