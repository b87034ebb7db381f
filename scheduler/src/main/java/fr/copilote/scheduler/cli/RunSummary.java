package fr.copilote.scheduler.cli;

import fr.copilote.importer.csv.UnreadColumn;
import fr.copilote.importer.file.IgnoredFile;
import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.ImportedFile;
import fr.copilote.importer.job.ImportPlan;
import fr.copilote.importer.job.RejectReportTasklet;
import fr.copilote.scheduler.reporting.WrittenWorkbooks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.core.job.JobExecution;

/**
 * What an admin reads at the end of a run: each file's accounting and the columns it left unread, the files of
 * the folder it did not read, the reject reports, the workbooks.
 */
final class RunSummary {

    private final ImportRegistry registry;

    RunSummary(ImportRegistry registry) {
        this.registry = registry;
    }

    void print(JobExecution execution, PrintWriter out) {
        var context = execution.getExecutionContext();
        List<ImportedFile> files = ImportPlan.of(context).registeredImports().stream()
                .map(registry::find).flatMap(java.util.Optional::stream).toList();
        if (!files.isEmpty()) {
            out.println("Fichiers :");
            for (ImportedFile file : files) {
                out.println("  " + describe(file));
                printUnread(out, registry.unreadColumns(file.id()));
            }
        }
        printIgnored(out, registry.ignoredFiles(execution.getId()));
        printPaths(out, "Rapports de rejets :", context.containsKey(RejectReportTasklet.REJECT_REPORTS)
                ? context.getString(RejectReportTasklet.REJECT_REPORTS) : "");
        printPaths(out, "Classeurs :", String.join("\n", WrittenWorkbooks.of(execution).stream().map(Path::toString).toList()));
    }

    /** A file's unread columns on one line under it: a published base has dozens, each is in the Qualité sheet. */
    static void printUnread(PrintWriter out, List<UnreadColumn> columns) {
        if (!columns.isEmpty()) {
            out.println("      " + UnreadColumn.inOneLine(columns));
        }
    }

    static void printIgnored(PrintWriter out, List<IgnoredFile> ignored) {
        if (!ignored.isEmpty()) {
            out.println("Fichiers ignorés :");
            ignored.forEach(file -> out.println("  " + file.message()));
        }
    }

    private static String describe(ImportedFile file) {
        String name = String.format("%-22s", file.fileName());
        if (file.status() == ImportStatus.UNCHANGED) {
            return name + " identique au fichier déjà importé : rien n'est réimporté";
        }
        return name + String.format(Locale.FRANCE, " %,9d lues = %,9d retenues + %,7d rejetées (%,d avec avertissement) — %s",
                file.rowsRead(), file.rowsAccepted(), file.rowsRejected(), file.rowsWarned(), file.status().label());
    }

    private static void printPaths(PrintWriter out, String heading, String paths) {
        if (paths.isBlank()) {
            return;
        }
        out.println(heading);
        for (String path : paths.split("\n")) {
            out.println("  " + path);
        }
    }
}
