package fr.copilote.scheduler.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.copilote.model.testing.Tables;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** An execution's page says which files of the folder the run did not read, and which columns of each file. */
@CopiloteTest
@ConsoleUsers.Configured
@AutoConfigureMockMvc
class ConsoleUnreadInputsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NightlyLauncher launcher;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
    }

    @Test
    void theExecutionPageListsTheIgnoredFilesAndEachFilesUnreadColumns(@TempDir Path input, @TempDir Path output) throws Exception {
        // given the sample with a note beside it and a comment column in its conventions
        Samples.copyTo(input);
        Files.writeString(input.resolve("notes.txt"), "à relire lundi\n");
        List<String> conventions = Files.readAllLines(input.resolve("conventions.csv"));
        List<String> commented = new ArrayList<>(List.of(conventions.get(0) + ";COMMENTAIRE"));
        conventions.stream().skip(1).map(line -> line + ";").forEach(commented::add);
        Files.write(input.resolve("conventions.csv"), commented);
        long id = launcher.launch(LocalDate.of(2024, 12, 31), input, output, List.of("STE-ROANNE")).getId();
        assertThat(jdbc.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", String.class, id))
                .isEqualTo(BatchStatus.COMPLETED.name());

        // when a finance user opens the execution
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/executions/" + id).with(user(ConsoleUsers.FINANCE).roles("FINANCE")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        // then the page says what was left aside
        assertThat(page).contains("1 colonne non lue : COMMENTAIRE (n° 13, M)")
                .contains("Fichiers ignorés du dossier d'entrée")
                .contains("<li>notes.txt : type de fichier inconnu ; noms attendus : ID_<année>r.csv");
    }
}
