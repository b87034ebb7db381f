package fr.copilote.scheduler.console;

import fr.copilote.scheduler.operations.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page, the « not allowed » page and the audit trail. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
public class PagesController {

    private final AuditLog audit;

    public PagesController(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * After a held-back sign-in ({@code ?bloque}), the page says when to try again: Spring Security keeps the refusal
     * in the session; a browser that keeps no cookie is told to wait a few minutes.
     */
    @GetMapping("/login")
    public String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        model.addAttribute("locked", session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInLockedException locked
                ? locked.getMessage() : "Trop d'échecs de connexion : réessayez dans quelques minutes.");
        return "login";
    }

    /**
     * Spring Security forwards a refused request here with its own method: a refused POST (a finance user's
     * launch, a form whose CSRF token expired) arrives as a POST, so the page answers every method. A CSRF
     * refusal is no question of role: the user is told to reload the page and sign in again.
     */
    @RequestMapping("/refuse")
    public String refused(HttpServletRequest request, Model model) {
        model.addAttribute("expiredForm", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
        return "refused";
    }

    @GetMapping("/audit")
    public String audit(Model model) {
        model.addAttribute("events", audit.recent(200));
        return "audit";
    }
}
