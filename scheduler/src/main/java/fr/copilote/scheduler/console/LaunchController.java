package fr.copilote.scheduler.console;

import fr.copilote.scheduler.nightly.RunRefusedException;
import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.ExecutionControl;
import fr.copilote.scheduler.schedule.ScheduleProperties;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' launch form: a business date, the input folder, some territories; the run goes on in the background. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
public class LaunchController {

    private final ExecutionControl control;
    private final ScheduleProperties schedule;
    private final OutputFiles outputs;

    public LaunchController(ExecutionControl control, ScheduleProperties schedule, OutputFiles outputs) {
        this.control = control;
        this.schedule = schedule;
        this.outputs = outputs;
    }

    @GetMapping("/launch")
    public String form(Model model) {
        LaunchForm form = new LaunchForm();
        form.setDate(LocalDate.now(schedule.zone()).minusDays(1));
        form.setInput(schedule.input().toAbsolutePath().normalize().toString());
        form.setTerritories(String.join(",", schedule.territories()));
        model.addAttribute("form", form);
        model.addAttribute("output", outputs.folder());
        return "launch";
    }

    @PostMapping("/launch")
    public String launch(@ModelAttribute("form") LaunchForm form, BindingResult binding, Principal user, Model model,
                         RedirectAttributes flash) {
        model.addAttribute("output", outputs.folder());
        if (binding.hasErrors() || form.getDate() == null) {
            model.addAttribute("error", "Date d'arrêté manquante ou invalide (jj/mm/aaaa).");
            return "launch";
        }
        if (form.getDate().isAfter(LocalDate.now(schedule.zone()))) {
            model.addAttribute("error", "La date d'arrêté ne peut pas être dans le futur.");
            return "launch";
        }
        String folder = form.getInput() == null ? "" : form.getInput().strip();
        if (folder.isEmpty()) {
            // An empty path is the server's working folder to Path.of: the run would read whatever lies there.
            binding.rejectValue("input", "blank", "Indiquez le dossier d'entrée, sur le serveur (son chemin complet).");
            return "launch";
        }
        Path input;
        try {
            input = Path.of(folder);
        } catch (InvalidPathException e) {
            input = null;
        }
        if (input == null || !Files.isDirectory(input)) {
            model.addAttribute("error", "Le dossier d'entrée « " + form.getInput() + " » n'existe pas sur le serveur.");
            return "launch";
        }
        List<String> territories = Arrays.stream(form.getTerritories().split("[,; ]+")).map(String::strip)
                .filter(code -> !code.isEmpty()).map(code -> code.toUpperCase(Locale.ROOT)).toList();
        try {
            JobExecution execution = control.launchInBackground(Actor.console(user.getName()), form.getDate(), input,
                    outputs.folder(), territories, form.getMissingInput());
            flash.addFlashAttribute("message", "Traitement lancé : exécution n° " + execution.getId() + ".");
            return "redirect:/executions/" + execution.getId();
        } catch (RunRefusedException refused) {
            if (refused.existing() != null) {
                flash.addFlashAttribute("error", refused.getMessage());
                return "redirect:/executions/" + refused.existing().getId();
            }
            model.addAttribute("error", refused.getMessage());
            return "launch";
        }
    }
}
