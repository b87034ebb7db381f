package fr.copilote.importer.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A published file read the plain way — whole lines, split on the separator — to count what the importer
 * must find by another path than the importer's own reader. Only for files without quoted cells (the SAE
 * bases), except the line and text counts.
 */
final class RawFile {

    private final List<String> header;
    private final List<String> dataLines;
    private final String text;
    private final String separator;

    private RawFile(String text, String separator) {
        List<String> lines = text.lines().toList();
        this.text = text;
        this.separator = separator;
        this.header = Arrays.asList(lines.get(0).split(separator, -1));
        this.dataLines = lines.subList(1, lines.size()).stream().filter(line -> !line.isBlank()).toList();
    }

    static RawFile read(Path file, Charset charset, char separator) {
        try {
            return new RawFile(Files.readString(file, charset), String.valueOf(separator));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long dataLineCount() {
        return dataLines.size();
    }

    /** Non-empty cells of every column but the given ones. */
    long nonEmptyCellsExcept(Set<String> columns) {
        long count = 0;
        for (String line : dataLines) {
            String[] cells = line.split(separator, -1);
            for (int i = 0; i < cells.length; i++) {
                if (!columns.contains(header.get(i)) && !cells[i].isBlank()) {
                    count++;
                }
            }
        }
        return count;
    }

    long occurrences(String fragment) {
        long count = 0;
        for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + fragment.length())) {
            count++;
        }
        return count;
    }
}
