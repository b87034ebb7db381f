package fr.copilote.scheduler.console;

import fr.copilote.scheduler.operations.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

    @GetMapping("/refuse")
    public String refused() {
        return "refused";
    }

    @GetMapping("/audit")
    public String audit(Model model) {
        model.addAttribute("events", audit.recent(200));
        return "audit";
    }
}
