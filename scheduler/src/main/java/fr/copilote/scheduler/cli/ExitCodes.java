package fr.copilote.scheduler.cli;

/** The exit codes of every command, documented in the README and in each command's help. */
public final class ExitCodes {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int ALREADY_RUNNING_OR_DONE = 3;

    /** The lines of the help's « Codes de sortie » section (annotation constants). */
    static final String DONE_LINE = "0:terminé";
    static final String FAILED_LINE = "1:échec ou refus (la raison est affichée)";
    static final String USAGE_LINE = "2:erreur d'utilisation, ou exécution inconnue";
    static final String ALREADY_LINE = "3:date déjà traitée ou en cours, exécution déjà terminée ou en cours";
    static final String HEADING = "%nCodes de sortie :%n";

    private ExitCodes() {
    }
}
