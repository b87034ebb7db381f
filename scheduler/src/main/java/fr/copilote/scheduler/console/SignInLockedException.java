package fr.copilote.scheduler.console;

import fr.copilote.model.text.FrenchDates;
import java.time.LocalDateTime;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused, its password unchecked, because its account or its computer failed too often: the message,
 * shown on the sign-in page, says when to try again and nothing else — not which was held back, nor whether the
 * account exists.
 */
public class SignInLockedException extends AuthenticationException {

    public SignInLockedException(LocalDateTime retryAt) {
        super("Trop d'échecs de connexion : réessayez à partir du " + retryAt.format(FrenchDates.DATE_AT_TIME) + ".");
    }
}
