package fr.copilote.scheduler.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.copilote.importer.job.MissingInputPolicy;
import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The mails a run sends the admins, received by an SMTP server in this JVM. */
@CopiloteTest
@TestPropertySource(properties = {"copilote.notifications.enabled=true", "copilote.notifications.to=dsi-copilote@chu-exemple.fr",
        "copilote.notifications.from=copilote@chu-exemple.fr", "copilote.notifications.console-url=https://copilote.chu-exemple.fr/"})
class RunNotificationTests {

    private static final LocalDate DAY = LocalDate.of(2024, 12, 31);
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    NightlyLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void emptyDatabaseAndMailbox() throws Exception {
        Tables.empty(jdbc);
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void aRunFailedForAMissingFileMailsItsNameAndWhereToLook() throws Exception {
        Path input = Samples.copyTo(work.resolve("entrees"), "conventions.csv");

        JobExecution run = launcher.launch(DAY, input, work.resolve("sorties"), List.of());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        MimeMessage mail = onlyMail();
        assertThat(mail.getSubject()).isEqualTo("[Copilote] Fichier attendu absent : traitement du 31/12/2024 (exécution n° "
                + run.getId() + ") en échec");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("dsi-copilote@chu-exemple.fr");
        assertThat(body(mail)).contains("conventions.csv (conventions de partage de temps médical)")
                .contains("Déposez le fichier manquant")
                .contains("https://copilote.chu-exemple.fr/executions/" + run.getId())
                .contains("java -jar copilote.jar show " + run.getId());
    }

    @Test
    void aRunWithRejectedRowsMailsTheReasonsAndTheRejectReport() throws Exception {
        Path input = Samples.copyTo(work.resolve("entrees"));
        Files.writeString(input.resolve("activite.csv"), "2024-13;210780581;BIOLOGIE;ACTE;1;1.00;1.00;SUD-HAUT-MARNAIS;\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        JobExecution run = launcher.launch(DAY, input, work.resolve("sorties"), List.of());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        MimeMessage mail = onlyMail();
        assertThat(mail.getSubject()).isEqualTo("[Copilote] Traitement du 31/12/2024 (exécution n° " + run.getId()
                + ") terminé avec 1 ligne rejetée");
        assertThat(body(mail)).contains("PERIODE (1 ligne), ex. : « 2024-13 » n'est pas un mois qui existe")
                .contains(work.resolve("sorties").resolve("rejets-activite-2024-12-31.csv").toString());
    }

    @Test
    void aRunOnThePreviousDataMailsWhichFileWasMissing() throws Exception {
        launcher.launch(DAY.minusDays(1), Samples.folder(), work.resolve("sorties"), List.of());
        SMTP.purgeEmailFromAllMailboxes();
        Path input = Samples.copyTo(work.resolve("entrees"), "activite.csv");

        JobExecution run = launcher.launch(DAY, input, work.resolve("sorties"), List.of(), MissingInputPolicy.PREVIOUS);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        MimeMessage mail = onlyMail();
        assertThat(mail.getSubject()).isEqualTo("[Copilote] Fichier attendu absent : traitement du 31/12/2024 (exécution n° "
                + run.getId() + ") fait sur les données précédentes");
        assertThat(body(mail)).contains("sans activite.csv");
    }

    @Test
    void aCleanRunSendsNoMail() {
        JobExecution run = launcher.launch(DAY, Samples.folder(), work.resolve("sorties"), List.of());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private static MimeMessage onlyMail() {
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).as("a mail arrives").isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String body(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(mail);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
