package fr.copilote.scheduler.console;

import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.AuditLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A signed-in user refused for their role — a finance user launching a run, opening the audit trail — goes to the
 * audit trail, with what they asked for, then gets the French « not allowed » page. A form refused for its CSRF
 * token is no question of role (most often a session that expired): it gets its own page and stays out of the trail.
 */
final class RefusalAudit implements AccessDeniedHandler {

    private static final Pattern EXECUTION = Pattern.compile("/executions/(\\d{1,18})(/.*)?");

    private final AuditLog audit;
    private final AccessDeniedHandlerImpl refusalPage = new AccessDeniedHandlerImpl();

    RefusalAudit(AuditLog audit) {
        this.audit = audit;
        refusalPage.setErrorPage("/refuse");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        if (!(refusal instanceof CsrfException) && request.getUserPrincipal() != null) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            Matcher execution = EXECUTION.matcher(path);
            audit.record(Actor.console(request.getUserPrincipal().getName()), "accès refusé",
                    execution.matches() ? Long.valueOf(execution.group(1)) : null, null,
                    request.getMethod() + " " + UntrustedText.shown(path, 200) + " : réservé aux administrateurs");
        }
        refusalPage.handle(request, response, refusal);
    }
}
