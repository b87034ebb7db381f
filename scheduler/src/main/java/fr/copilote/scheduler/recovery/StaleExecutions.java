package fr.copilote.scheduler.recovery;

import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.nightly.NightlyJobConfiguration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The nightly executions the job repository still calls running, and what is known of their process. Only an
 * execution whose process is certainly gone (same host, process no longer alive) is recovered without being
 * asked: one running on another node, or whose process is unknown, may be alive, and marking it failed would
 * let a second run start beside it.
 */
public class StaleExecutions {

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    public StaleExecutions(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /** A running execution and whether its process is certainly dead. */
    public record Running(JobExecution execution, Optional<ExecutionOwner> owner) {

        public boolean processIsGone() {
            return owner.map(ExecutionOwner::isDeadProcessOfThisHost).orElse(false);
        }

        /** Why it is not recovered on its own, in French. */
        public String whyKept() {
            return owner.map(o -> o.isThisHost() ? "son processus " + o.pid() + " tourne encore sur cette machine"
                            : "elle tourne peut-être sur " + o + " ; si ce nœud est arrêté, « recover " + execution.getId() + " » la débloque")
                    .orElse("le processus qui la portait est inconnu ; s'il est arrêté, « recover " + execution.getId() + " » la débloque");
        }
    }

    public List<Running> running() {
        return jobRepository.findRunningJobExecutions(NightlyJobConfiguration.JOB_NAME).stream()
                .sorted(Comparator.comparing(JobExecution::getId))
                .map(execution -> new Running(execution, ExecutionOwner.of(execution)))
                .toList();
    }

    /** Recovers every running execution whose process is certainly gone; returns them. */
    public List<JobExecution> recoverThoseWhoseProcessIsGone() {
        return running().stream().filter(Running::processIsGone).map(r -> recover(r.execution(), interruption(r))).toList();
    }


    /** Marks one execution failed, at the admin's word that its process is gone. */
    public JobExecution recover(JobExecution execution) {
        return recover(execution, "débloquée à la demande d'un administrateur, son processus étant arrêté ("
                + ExecutionOwner.of(execution).map(ExecutionOwner::toString).orElse("processus inconnu") + ")");
    }

    /** Marks one execution failed, saying why in its exit description. */
    public JobExecution recover(JobExecution execution, String why) {
        JobExecution recovered = jobOperator.recover(execution);
        recovered.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
        jobRepository.update(recovered);
        return recovered;
    }

    /**
     * What is known of an execution left running by a process that is gone: where and when it ran, when the database
     * last heard of it. Whether the process was killed, its machine stopped or its database lost, nothing tells: each
     * leaves the same trace.
     */
    public static String interruption(Running running) {
        JobExecution execution = running.execution();
        return "interrompue sans que sa fin soit enregistrée : son processus " + running.owner().map(ExecutionOwner::toString).orElse("?")
                + (execution.getStartTime() == null ? "" : ", qui l'avait lancée le " + execution.getStartTime().format(FrenchDates.DATE_AT_TIME))
                + ", s'est arrêté (arrêt brutal, panne de la machine ou perte de la base de données"
                + (execution.getLastUpdated() == null ? "" : " ; dernière trace en base le " + execution.getLastUpdated().format(FrenchDates.DATE_AT_TIME))
                + ")";
    }
}
