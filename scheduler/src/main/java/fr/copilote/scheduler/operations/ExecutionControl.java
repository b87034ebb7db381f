package fr.copilote.scheduler.operations;

import static fr.copilote.scheduler.operations.OperationRefusedException.Reason.ALREADY_RUNNING_OR_DONE;
import static fr.copilote.scheduler.operations.OperationRefusedException.Reason.NOT_ALLOWED;
import static fr.copilote.scheduler.operations.OperationRefusedException.Reason.UNKNOWN_EXECUTION;

import fr.copilote.importer.job.MissingInputPolicy;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.history.StatusLabels;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.nightly.NightlyParameters;
import fr.copilote.scheduler.nightly.RunRefusedException;
import fr.copilote.scheduler.recovery.StaleExecutions;
import fr.copilote.scheduler.shutdown.StopRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * Launch, restart, stop, abandon and recover, with the checks an admin would make first and a line in the audit
 * trail for every request — done or refused.
 */
public class ExecutionControl {

    private final NightlyLauncher launcher;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final StaleExecutions stale;
    private final StopRequest stopRequest;
    private final AuditLog audit;

    public ExecutionControl(NightlyLauncher launcher, JobOperator jobOperator, JobRepository jobRepository, StaleExecutions stale,
                            StopRequest stopRequest, AuditLog audit) {
        this.launcher = launcher;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.stale = stale;
        this.stopRequest = stopRequest;
        this.audit = audit;
    }

    /** Runs a date to its end in this thread: the command line and the schedule. */
    public JobExecution launch(Actor actor, LocalDate date, Path input, Path output, Collection<String> territories) {
        return launch(actor, date, input, output, territories, MissingInputPolicy.FAIL);
    }

    public JobExecution launch(Actor actor, LocalDate date, Path input, Path output, Collection<String> territories,
                               MissingInputPolicy missingInput) {
        return launch(actor, date, input, output, territories, missingInput, Set.of());
    }

    /** The same, publishing the named files even though they remove much of what they replace (audited as such). */
    public JobExecution launch(Actor actor, LocalDate date, Path input, Path output, Collection<String> territories,
                               MissingInputPolicy missingInput, Collection<String> acceptedReductions) {
        JobExecution execution = launch(actor, date, false,
                () -> launcher.launch(date, input, output, territories, missingInput, acceptedReductions));
        if (!acceptedReductions.isEmpty()) {
            audit.record(actor, "baisse acceptée", execution.getId(), date, "publiés malgré leur baisse : " + String.join(", ", acceptedReductions));
        }
        return execution;
    }

    /** Starts a date and returns at once: the console. */
    public JobExecution launchInBackground(Actor actor, LocalDate date, Path input, Path output, Collection<String> territories,
                                           MissingInputPolicy missingInput) {
        return launch(actor, date, true, () -> launcher.launchInBackground(date, input, output, territories, missingInput));
    }

    private JobExecution launch(Actor actor, LocalDate date, boolean background, Supplier<JobExecution> start) {
        JobExecution execution;
        try {
            execution = start.get();
        } catch (RunRefusedException refused) {
            audit.record(actor, "lancement refusé", refused.existing() == null ? null : refused.existing().getId(), date,
                    refused.getMessage());
            throw refused;
        }
        audit.record(actor, "lancement", execution.getId(), date, background ? "lancé" : "fin : " + StatusLabels.of(execution.getStatus()));
        return execution;
    }

    public JobExecution restart(Actor actor, long id, boolean inBackground) {
        JobExecution execution = existing(actor, "reprise", id);
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus().isRunning()) {
            throw refused(actor, "reprise", execution, ALREADY_RUNNING_OR_DONE,
                    state(execution) + " : il n'y a rien à reprendre.");
        }
        if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            throw refused(actor, "reprise", execution, NOT_ALLOWED,
                    state(execution) + " : seule une exécution en échec ou arrêtée se reprend.");
        }
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        if (last != null && last.getStatus().isRunning()) {
            throw refused(actor, "reprise", execution, ALREADY_RUNNING_OR_DONE, "Le traitement du " + day(execution)
                    + " est déjà en cours (exécution n° " + last.getId() + ").");
        }
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            throw refused(actor, "reprise", execution, ALREADY_RUNNING_OR_DONE, "Le traitement du " + day(execution)
                    + " a déjà été repris et terminé (exécution n° " + last.getId() + ").");
        }
        try {
            JobExecution restarted = launcher.restart(execution, inBackground);
            audit.record(actor, "reprise", restarted.getId(), date(execution), "reprise de l'exécution n° " + id
                    + (inBackground ? "" : ", fin : " + StatusLabels.of(restarted.getStatus())));
            return restarted;
        } catch (JobRestartException e) {
            boolean running = e.getCause() instanceof JobExecutionAlreadyRunningException;
            throw refused(actor, "reprise", execution, running ? ALREADY_RUNNING_OR_DONE : NOT_ALLOWED,
                    "Reprise impossible de l'exécution n° " + id + " : " + e.getMessage());
        }
    }

    /** Asks a running execution to stop at its next clean point; it ends STOPPED and can be restarted. */
    public JobExecution stop(Actor actor, long id) {
        JobExecution execution = existing(actor, "arrêt", id);
        if (!stopRequest.send(id)) {
            throw refused(actor, "arrêt", execution, NOT_ALLOWED, state(execution) + " : elle n'est pas en cours.");
        }
        audit.record(actor, "arrêt", id, date(execution), "arrêt demandé : l'exécution s'arrête à la fin du lot en cours");
        return execution;
    }

    /** Gives a stopped or failed execution up for good: its date can no longer be restarted. */
    public JobExecution abandon(Actor actor, long id) {
        JobExecution execution = existing(actor, "abandon", id);
        if (execution.getStatus() == BatchStatus.ABANDONED || execution.getStatus() == BatchStatus.COMPLETED) {
            throw refused(actor, "abandon", execution, NOT_ALLOWED, state(execution) + " : il n'y a rien à abandonner.");
        }
        try {
            JobExecution abandoned = jobOperator.abandon(execution);
            audit.record(actor, "abandon", id, date(execution), "abandonnée : le traitement de cette date ne sera plus repris");
            return abandoned;
        } catch (JobExecutionAlreadyRunningException e) {
            throw refused(actor, "abandon", execution, ALREADY_RUNNING_OR_DONE, "L'exécution n° " + id
                    + " est en cours : arrêtez-la d'abord (« stop " + id + " »).");
        }
    }

    /** Marks failed an execution whose process the admin knows to be gone, so that its date can be restarted. */
    public JobExecution recover(Actor actor, long id) {
        JobExecution execution = existing(actor, "récupération", id);
        if (!execution.getStatus().isRunning()) {
            throw refused(actor, "récupération", execution, NOT_ALLOWED,
                    state(execution) + " : seule une exécution restée « en cours » se récupère.");
        }
        JobExecution recovered = stale.recover(execution);
        audit.record(actor, "récupération", id, date(execution), "marquée en échec : la date peut être relancée");
        return recovered;
    }

    /** Recovers every execution whose process is certainly gone (this host); returns them. */
    public List<JobExecution> recoverDead(Actor actor) {
        List<JobExecution> recovered = stale.recoverThoseWhoseProcessIsGone();
        for (JobExecution execution : recovered) {
            audit.record(actor, "récupération", execution.getId(), date(execution), "processus disparu : marquée en échec");
        }
        return recovered;
    }

    private JobExecution existing(Actor actor, String action, long id) {
        JobExecution execution = find(id);
        if (execution == null) {
            String message = "Aucune exécution n° " + id + ".";
            audit.record(actor, action + " refusé", id, null, message);
            throw new OperationRefusedException(UNKNOWN_EXECUTION, message);
        }
        return execution;
    }

    /** The execution, or null: the repository throws rather than answer null for an unknown id. */
    private JobExecution find(long id) {
        try {
            return jobRepository.getJobExecution(id);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    private OperationRefusedException refused(Actor actor, String action, JobExecution execution,
                                              OperationRefusedException.Reason reason, String message) {
        audit.record(actor, action + " refusé", execution.getId(), date(execution), message);
        return new OperationRefusedException(reason, message);
    }

    private static LocalDate date(JobExecution execution) {
        return execution.getJobParameters().getLocalDate(NightlyParameters.BUSINESS_DATE);
    }

    private static String day(JobExecution execution) {
        LocalDate date = date(execution);
        return date == null ? "?" : date.format(FrenchDates.DATE);
    }

    /** « L'exécution n° 4 est terminée », the opening of every refusal about an execution's state. */
    private static String state(JobExecution execution) {
        return "L'exécution n° " + execution.getId() + " est " + StatusLabels.feminine(execution.getStatus());
    }
}
