package fr.copilote.scheduler.schedule;

import fr.copilote.importer.file.ExpectedInputs;
import fr.copilote.importer.file.InputFolder;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.job.MissingInputPolicy;
import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.nightly.NightlyJobConfiguration;
import fr.copilote.scheduler.nightly.NightlyParameters;
import fr.copilote.scheduler.nightly.RunRefusedException;
import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.ExecutionControl;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Launches the nightly job at the scheduled time for the day before, on the configured folders. A date that
 * another node, a retry or an admin already ran or is running is refused by the job repository and logged;
 * a date that failed is restarted. At start-up, the last scheduled date is run if it was missed or left
 * unfinished — after the start-up recovery, so a run cut short by a crash resumes where it stopped.
 */
public class NightlySchedule {

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

    private final ScheduleProperties properties;
    private final ScheduleStatus status;
    private final ExecutionControl control;
    private final ExpectedInputs expected;
    private final JobRepository jobRepository;
    private final Sleeper sleeper;

    /** How waiting passes: real time in production, instant in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public NightlySchedule(ScheduleProperties properties, ScheduleStatus status, ExecutionControl control, ExpectedInputs expected,
                           JobRepository jobRepository, Sleeper sleeper) {
        this.properties = properties;
        this.status = status;
        this.control = control;
        this.expected = expected;
        this.jobRepository = jobRepository;
        this.sleeper = sleeper;
    }

    /** The business date this process last launched on schedule: a clock going back fires the cron twice. */
    private volatile LocalDate lastFired;

    @Scheduled(cron = "${copilote.schedule.cron:0 30 2 * * *}", zone = "${copilote.schedule.zone:Europe/Paris}")
    public void onSchedule() {
        fire(LocalDate.now(properties.zone()));
    }

    /**
     * The night of {@code today}: yesterday's date — after the day before it, if that night was skipped. The cron
     * skips a time that does not exist: 02:30 in Paris on the night clocks go forward, the last Sunday of March.
     * The date that night should have run is then run the next night, before its own, provided the schedule had
     * run the night before (so that a first night does not reach back).
     */
    public void fire(LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        if (yesterday.equals(lastFired)) {
            log.info("Traitement planifié du {} déjà lancé cette nuit (l'heure a reculé) : rien à faire", yesterday.format(FrenchDates.DATE));
            return;
        }
        lastFired = yesterday;
        LocalDate skipped = yesterday.minusDays(1);
        if (neverLaunched(skipped) && !neverLaunched(skipped.minusDays(1))) {
            log.warn("La nuit du traitement du {} a été sautée (changement d'heure ou service arrêté) : il est lancé avant celui du {}",
                    skipped.format(FrenchDates.DATE), yesterday.format(FrenchDates.DATE));
            runFor(skipped);
        }
        runFor(yesterday);
    }

    private boolean neverLaunched(LocalDate date) {
        return jobRepository.getJobInstance(NightlyJobConfiguration.JOB_NAME,
                NightlyParameters.of(date, properties.input(), properties.output(), properties.territories())) == null;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void catchUp() {
        if (!properties.catchUpOnStart()) {
            return;
        }
        Optional<ZonedDateTime> last = status.previousRun(ZonedDateTime.now(properties.zone()));
        if (last.isEmpty() || last.get().isBefore(ZonedDateTime.now(properties.zone()).minusDays(1))) {
            return;
        }
        LocalDate date = last.get().toLocalDate().minusDays(1);
        JobExecution latest = jobRepository.getLastJobExecution(NightlyJobConfiguration.JOB_NAME,
                NightlyParameters.of(date, properties.input(), properties.output(), properties.territories()));
        if (latest == null || latest.getStatus() == BatchStatus.FAILED || latest.getStatus() == BatchStatus.STOPPED) {
            log.warn("Le traitement planifié du {} ({}) n'a pas abouti : il est lancé maintenant", date.format(FrenchDates.DATE),
                    latest == null ? "l'application était arrêtée à l'heure prévue" : "exécution n° " + latest.getId()
                            + " " + (latest.getStatus() == BatchStatus.STOPPED ? "arrêtée" : "en échec"));
            runFor(date);
        }
    }

    /** The scheduled run of one business date; never throws (the scheduler would only log it in English). */
    public Optional<JobExecution> runFor(LocalDate date) {
        try {
            MissingInputPolicy policy = properties.missingInput() == MissingInputAction.PREVIOUS
                    ? MissingInputPolicy.PREVIOUS : MissingInputPolicy.FAIL;
            if (properties.missingInput() == MissingInputAction.WAIT) {
                waitForInputs(date);
            }
            log.info("Traitement planifié du {} : dossier d'entrée {}", date.format(FrenchDates.DATE), properties.input().toAbsolutePath());
            return Optional.of(control.launch(Actor.schedule(), date, properties.input(), properties.output(), properties.territories(),
                    policy));
        } catch (RunRefusedException refused) {
            log.warn("Traitement planifié non lancé : {}", refused.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Traitement planifié du {} impossible : {}", date.format(FrenchDates.DATE), e.getMessage(), e);
        }
        return Optional.empty();
    }

    /** Waits until every expected file is in the input folder, or the time is up (the run then fails naming them). */
    private void waitForInputs(LocalDate date) throws InterruptedException {
        InputFolder folder = new InputFolder(properties.input());
        long deadline = System.nanoTime() + properties.waitUpTo().toNanos();
        List<InputKind> missing = expected.missingFrom(folder);
        if (!missing.isEmpty()) {
            log.warn("Traitement du {} : en attente de {} dans {} (au plus {} min)", date.format(FrenchDates.DATE), names(missing),
                    properties.input().toAbsolutePath(), properties.waitUpTo().toMinutes());
        }
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            sleeper.sleep(properties.waitPoll());
            missing = expected.missingFrom(folder);
        }
        if (!missing.isEmpty()) {
            log.error("Traitement du {} : {} toujours absent(s) après {} min d'attente", date.format(FrenchDates.DATE),
                    names(missing), properties.waitUpTo().toMinutes());
        }
    }

    private static String names(List<InputKind> kinds) {
        return kinds.stream().map(InputKind::expectedName).collect(Collectors.joining(", "));
    }
}
