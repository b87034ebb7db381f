package fr.copilote.importer.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.List;

/**
 * Reads a CSV file of the data contract row by row: decodes it with the recognised encoding, checks its
 * header, and turns each non-blank line into a {@link CsvRow}. A line that cannot be read is still
 * returned, carrying its defect, so that it ends up in the reject report instead of stopping the file.
 */
public final class CsvFileReader implements Closeable {

    public static final String RULE_ENCODING = "ENCODAGE";
    public static final String RULE_SYNTAX = "SYNTAXE_CSV";
    public static final String RULE_COLUMN_COUNT = "NOMBRE_COLONNES";
    public static final String RULE_LINE_TOO_LONG = "LIGNE_TROP_LONGUE";

    /** Far above any real record of the contract, far below what could hurt the heap. */
    public static final int MAX_LINE_LENGTH = 100_000;

    private final FileFingerprint file;
    private final LineReader lines;
    private final CsvHeader header;
    private final CsvLineSplitter splitter;
    private final CountingInputStream bytes;
    private long blankLines;

    private CsvFileReader(FileFingerprint file, LineReader lines, CsvHeader header, CountingInputStream bytes) {
        this.file = file;
        this.bytes = bytes;
        this.lines = lines;
        this.header = header;
        this.splitter = new CsvLineSplitter(header.separator());
    }

    /**
     * Opens the file and checks its structure.
     *
     * @throws StructuralFileException when the file is empty, binary or does not carry the expected header
     */
    public static CsvFileReader open(FileFingerprint file, ExpectedColumns expected) {
        String name = file.fileName();
        if (file.sizeBytes() == 0) {
            throw new StructuralFileException(name, "le fichier est vide ; en-tête attendu : " + expected.asHeaderLine(';'));
        }
        if (file.utf16()) {
            throw new StructuralFileException(name, "fichier encodé en UTF-16, que le contrat n'admet pas : enregistrez-le en "
                    + "UTF-8 (ou Windows-1252) ; en-tête attendu : " + expected.asHeaderLine(';'));
        }
        if (file.binary()) {
            throw new StructuralFileException(name, "ce n'est pas un fichier CSV (contenu binaire) ; un fichier texte "
                    + "séparé par ; ou , est attendu, d'en-tête : " + expected.asHeaderLine(';'));
        }
        LineReader lines = null;
        CountingInputStream counter = null;
        try {
            CountingInputStream in = new CountingInputStream(Files.newInputStream(file.path()));
            if (file.hasBom()) {
                in.skipNBytes(3);
            }
            InputStreamReader decoder = new InputStreamReader(in, file.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
            lines = new LineReader(decoder, MAX_LINE_LENGTH);
            counter = in;
            PhysicalLine first = lines.next();
            if (first == null || first.text().isBlank()) {
                throw new StructuralFileException(name, "la première ligne est vide ; en-tête attendu : " + expected.asHeaderLine(';'));
            }
            if (first.tooLong()) {
                throw new StructuralFileException(name, "la première ligne fait " + first.length()
                        + " caractères ; ce n'est pas un en-tête CSV. En-tête attendu : " + expected.asHeaderLine(';'));
            }
            CsvHeader header = CsvHeader.resolve(name, first.text(), expected);
            return new CsvFileReader(file, lines, header, counter);
        } catch (IOException e) {
            closeQuietly(lines);
            throw new UncheckedIOException("Lecture impossible du fichier " + name, e);
        } catch (RuntimeException e) {
            closeQuietly(lines);
            throw e;
        }
    }

    public CsvHeader header() {
        return header;
    }

    public FileFingerprint file() {
        return file;
    }

    /** Physical lines consumed so far, header included: the position a restart resumes from. */
    public long linesConsumed() {
        return lines.lineNumber();
    }

    /** Bytes read from the file so far (ahead of the rows returned by at most a buffer): for progress only. */
    public long bytesRead() {
        return bytes.count();
    }

    public long blankLines() {
        return blankLines;
    }

    /** Moves past lines already handled by an earlier, interrupted run. */
    public void skipTo(long linesConsumed) {
        try {
            while (lines.lineNumber() < linesConsumed) {
                PhysicalLine line = lines.next();
                if (line == null) {
                    return;
                }
                if (!line.tooLong() && isEmptyRecord(line.text())) {
                    blankLines++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture impossible du fichier " + file.fileName(), e);
        }
    }

    /**
     * The next row, or null at the end of the file. Blank lines, and lines of separators only (spreadsheets
     * export their empty rows as {@code ;;;;}), carry nothing: they are skipped and counted apart.
     */
    public CsvRow next() {
        try {
            while (true) {
                PhysicalLine line = lines.next();
                if (line == null) {
                    return null;
                }
                if (!line.tooLong() && isEmptyRecord(line.text())) {
                    blankLines++;
                    continue;
                }
                return toRow(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture impossible du fichier " + file.fileName() + " après la ligne "
                    + lines.lineNumber(), e);
        }
    }

    private boolean isEmptyRecord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != splitter.separator() && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private CsvRow toRow(PhysicalLine line) {
        if (line.tooLong()) {
            return defective(line, RULE_LINE_TOO_LONG, null, "ligne de " + line.length()
                    + " caractères, au-delà de la limite de " + MAX_LINE_LENGTH + " : ce n'est pas un enregistrement du fichier");
        }
        List<String> cells;
        try {
            cells = splitter.split(line.text());
        } catch (CsvSyntaxException e) {
            return defective(line, RULE_SYNTAX, header.nameAt(e.column()), e.getMessage());
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).indexOf('\uFFFD') >= 0) {
                return defective(line, RULE_ENCODING, header.nameAt(i), "octets invalides pour l'encodage "
                        + file.charset().name() + " : la valeur ne peut pas être lue sans la déformer");
            }
        }
        if (cells.size() != header.columnCount()) {
            String column = cells.size() < header.columnCount() ? header.nameAt(cells.size()) : "colonne " + (cells.size());
            return defective(line, RULE_COLUMN_COUNT, column, header.columnCount() + " colonnes attendues, "
                    + cells.size() + " trouvées (séparateur « " + header.separator() + " »)");
        }
        return new CsvRow(line.number(), line.text(), cells, null);
    }

    private static CsvRow defective(PhysicalLine line, String rule, String column, String message) {
        return new CsvRow(line.number(), line.text(), List.of(), new CsvRow.LineDefect(rule, column, message));
    }

    @Override
    public void close() {
        closeQuietly(lines);
    }

    private static void closeQuietly(LineReader lines) {
        if (lines != null) {
            try {
                lines.close();
            } catch (IOException ignored) {
                // closing a file we only read: nothing to recover
            }
        }
    }
}
