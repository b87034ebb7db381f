package fr.copilote.scheduler.history;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.job.MissingInputPolicy;
import fr.copilote.scheduler.nightly.NightlyParameters;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

class LabelsTest {

    @Test
    void parametersReadInFrenchWithTheMissingFilePolicyInWords() {
        var parameters = NightlyParameters.of(LocalDate.of(2024, 12, 31), Path.of("/srv/entrees"), Path.of("/srv/sorties"),
                List.of("LILLE", "G4"), MissingInputPolicy.PREVIOUS);

        assertThat(ParameterLabels.of(parameters).keySet())
                .containsExactly("Date d'arrêté", "Dossier d'entrée", "Dossier de sortie", "Territoires", "Fichier attendu absent");
        assertThat(ParameterLabels.of(parameters))
                .containsEntry("Date d'arrêté", "31/12/2024")
                .containsEntry("Dossier d'entrée", Path.of("/srv/entrees").toAbsolutePath().toString())
                .containsEntry("Territoires", "G4,LILLE")
                .containsEntry("Fichier attendu absent", "le traitement reprend les données précédentes");
    }

    @Test
    void aStepThisVersionDoesNotKnowKeepsItsTechnicalName() {
        assertThat(StepLabels.of("importActivity")).isEqualTo("Import de l'activité");
        assertThat(StepLabels.of("importObjectives")).isEqualTo("Import des objectifs");
        assertThat(StepLabels.of("legacyStep")).isEqualTo("legacyStep");
    }

    @Test
    void executionsAndStepsAgreeInTheFeminine() {
        assertThat(StatusLabels.feminine(BatchStatus.COMPLETED)).isEqualTo("terminée");
        assertThat(StatusLabels.feminine(BatchStatus.STOPPED)).isEqualTo("arrêtée");
        assertThat(StatusLabels.feminine(BatchStatus.FAILED)).isEqualTo("en échec");
        assertThat(StatusLabels.of(BatchStatus.COMPLETED)).isEqualTo("terminé");
    }
}
