package fr.copilote.scheduler.console;

import java.security.Principal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in and whether they may change runs (the buttons it shows). */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ControllerAdvice
public class SignedInUser {

    @ModelAttribute("user")
    public String user(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @ModelAttribute("admin")
    public boolean admin(Principal principal) {
        return principal instanceof Authentication authentication && authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }
}
