package fr.copilote.scheduler.console;

import fr.copilote.scheduler.operations.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    /**
     * Spring Security forwards a refused request here with its own method: a refused POST (a finance user's
     * launch) arrives as a POST, so the page answers every method rather than « 405 method not allowed ».
     */
    @RequestMapping("/refuse")
    public String refused() {
        return "refused";
    }

    @GetMapping("/audit")
    public String audit(Model model) {
        model.addAttribute("events", audit.recent(200));
        return "audit";
    }
}
