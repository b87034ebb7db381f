package fr.copilote.scheduler.console;

import fr.copilote.scheduler.history.ExecutionDetail;
import fr.copilote.scheduler.history.ExecutionFilter;
import fr.copilote.scheduler.history.ExecutionHistory;
import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.ExecutionControl;
import fr.copilote.scheduler.operations.OperationRefusedException;
import fr.copilote.scheduler.schedule.ScheduleStatus;
import java.nio.file.Path;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The runs: the filtered list, one run's detail, and the admins' restart, stop and abandon buttons. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
public class ExecutionsController {

    private static final int LISTED = 50;

    private final ExecutionHistory history;
    private final ExecutionControl control;
    private final ScheduleStatus schedule;
    private final OutputFiles outputs;

    public ExecutionsController(ExecutionHistory history, ExecutionControl control, ScheduleStatus schedule, OutputFiles outputs) {
        this.history = history;
        this.control = control;
        this.schedule = schedule;
        this.outputs = outputs;
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/executions";
    }

    @GetMapping("/executions")
    public String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(required = false) BatchStatus status, Model model) {
        model.addAttribute("executions", history.recent(new ExecutionFilter(from, to, status, LISTED)));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("status", status);
        model.addAttribute("statuses", BatchStatus.values());
        model.addAttribute("schedule", schedule);
        return "executions";
    }

    @GetMapping("/executions/{id}")
    public String detail(@PathVariable long id, Model model) {
        ExecutionDetail detail = history.detail(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucune exécution n° " + id));
        model.addAttribute("detail", detail);
        model.addAttribute("workbooks", downloads(detail.workbooks()));
        model.addAttribute("rejectReports", downloads(detail.rejectReports()));
        return "execution";
    }

    @PostMapping("/executions/{id}/restart")
    public String restart(@PathVariable long id, Principal user, RedirectAttributes flash) {
        try {
            JobExecution restarted = control.restart(Actor.console(user.getName()), id, true);
            flash.addFlashAttribute("message", "Reprise de l'exécution n° " + id + " lancée : exécution n° " + restarted.getId() + ".");
            return "redirect:/executions/" + restarted.getId();
        } catch (OperationRefusedException refusal) {
            flash.addFlashAttribute("error", refusal.getMessage());
            return "redirect:/executions/" + id;
        }
    }

    @PostMapping("/executions/{id}/stop")
    public String stop(@PathVariable long id, Principal user, RedirectAttributes flash) {
        return act(id, flash, () -> control.stop(Actor.console(user.getName()), id),
                "Arrêt demandé : l'exécution n° " + id + " s'arrête à la fin du lot en cours.");
    }

    @PostMapping("/executions/{id}/abandon")
    public String abandon(@PathVariable long id, Principal user, RedirectAttributes flash) {
        return act(id, flash, () -> control.abandon(Actor.console(user.getName()), id),
                "Exécution n° " + id + " abandonnée : sa date ne sera plus reprise.");
    }

    private String act(long id, RedirectAttributes flash, Runnable action, String done) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
        } catch (OperationRefusedException refusal) {
            flash.addFlashAttribute("error", refusal.getMessage());
        }
        return "redirect:/executions/" + id;
    }

    /** Each written file with its download name, or none when it lies outside the output folder. */
    private Map<Path, String> downloads(List<Path> files) {
        Map<Path, String> names = new LinkedHashMap<>();
        for (Path file : files) {
            Optional<String> name = outputs.downloadName(file);
            names.put(file, name.orElse(null));
        }
        return names;
    }
}
