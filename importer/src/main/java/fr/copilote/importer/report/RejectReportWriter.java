package fr.copilote.importer.report;

import fr.copilote.importer.file.ImportedFile;
import fr.copilote.model.files.AtomicFile;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the reject report of one imported file, {@code rejets-<file>-<date>.csv}, beside the workbooks: one
 * line per broken rule with the file, line number, column, rule, French message and the raw line. UTF-8 with
 * BOM and semicolons, so that Excel and LibreOffice open it as it is; input text is made harmless.
 */
public class RejectReportWriter {

    private static final String[] HEADER = {"fichier", "ligne", "colonne", "règle", "message", "contenu de la ligne"};

    private final JdbcClient jdbc;

    public RejectReportWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String fileName(ImportedFile file, LocalDate businessDate) {
        String base = file.fileName().replaceFirst("\\.[^.]*$", "");
        return "rejets-" + base + "-" + businessDate + ".csv";
    }

    public Path write(ImportedFile file, LocalDate businessDate, Path folder) {
        Path target = folder.resolve(fileName(file, businessDate));
        return AtomicFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                    .setHeader(HEADER).get());
            jdbc.sql("SELECT line_number, column_name, rule, message, raw_line FROM import_reject WHERE import_file_id = ? "
                            + "ORDER BY line_number, seq").param(file.id())
                    .query(rs -> {
                        try {
                            csv.printRecord(file.fileName(), rs.getLong(1), rs.getString(2) == null ? "" : rs.getString(2),
                                    rs.getString(3), SpreadsheetSafeText.of(rs.getString(4)), SpreadsheetSafeText.of(rs.getString(5)));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            csv.flush();
        });
    }
}
