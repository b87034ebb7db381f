package fr.copilote.scheduler.history;

import java.util.Map;

/**
 * The nightly job's steps as admins and finance teams read them. The technical name stays beside the label:
 * it is the one the logs and the job repository use.
 */
public final class StepLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("checkInputs", "Contrôle des fichiers attendus"),
            Map.entry("importDirectory", "Import du répertoire des établissements"),
            Map.entry("importStatistics", "Import des statistiques officielles"),
            Map.entry("importTerritories", "Import des territoires"),
            Map.entry("importConventions", "Import des conventions"),
            Map.entry("importActivity", "Import de l'activité"),
            Map.entry("importObjectives", "Import des objectifs"),
            Map.entry("checkPractitionerLoad", "Contrôle de la charge des praticiens"),
            Map.entry("reportRejects", "Rapports de rejets"),
            Map.entry("publishImports", "Publication des imports"),
            Map.entry("consolidate", "Consolidation par territoire"),
            Map.entry("writeWorkbooks", "Écriture des tableaux de bord"));

    private StepLabels() {
    }

    /** The French label, or the technical name itself for a step this version does not know (an older job). */
    public static String of(String stepName) {
        return LABELS.getOrDefault(stepName, stepName);
    }
}
