package fr.copilote.scheduler.console;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The console's sign-in: asks the {@link SignInThrottle} first — a held-back attempt is refused without its password
 * being checked — then checks the password, and tells the throttle and the audit trail how it went.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInAudit audit;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, SignInAudit audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String typed = attempt.getName();
        String address = addressOf(attempt);
        SignInThrottle.Verdict verdict = throttle.attempt(typed, address);
        if (verdict instanceof SignInThrottle.Refused refused) {
            audit.refused(typed, address, refused);
            throw new SignInLockedException(refused.until());
        }
        SignInThrottle.LetThrough letThrough = (SignInThrottle.LetThrough) verdict;
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            audit.failed(typed, address, letThrough);
            throw wrong;
        }
        throttle.succeeded(typed, address);
        audit.signedIn(signedIn.getName(), address, letThrough);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /**
     * The client's address: the remote one, or the one the HTTPS proxy forwards when the service is told to believe
     * it ({@code server.forward-headers-strategy}).
     */
    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "adresse inconnue";
    }
}
