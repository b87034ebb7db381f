package fr.copilote.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void dottedSettingsGoToTheApplicationAndOptionsToTheCommand() {
        assertThat(Cli.isSetting("--spring.profiles.active=postgres")).isTrue();
        assertThat(Cli.isSetting("--copilote.schedule.input=/srv/copilote/entrees")).isTrue();
        assertThat(Cli.isSetting("--input=/srv/copilote/entrees")).isFalse();
        assertThat(Cli.isSetting("--date=2024-12-31")).isFalse();
        assertThat(Cli.isSetting("--input")).isFalse();
        assertThat(Cli.isSetting("/srv/a.b=c")).isFalse();
    }

    @Test
    void anEmbeddedDatabaseHeldByAnotherProcessIsExplainedInFrench() {
        // H2's own words when the file is locked by another JVM (checked with two JVMs on one file)
        String h2 = "Database may be already in use: null. Possible solutions: close all other connection(s); use the server mode";

        assertThat(Cli.explained(h2)).startsWith("la base embarquée H2 est déjà ouverte par un autre processus Copilote")
                .contains("utilisez PostgreSQL (profil postgres)").endsWith(h2);
        assertThat(Cli.explained("autre chose")).isEqualTo("autre chose");
    }
}
