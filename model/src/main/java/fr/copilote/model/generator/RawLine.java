package fr.copilote.model.generator;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line of a published file as bytes, terminator included, beside its decoded text: copying the bytes keeps
 * the source's encoding and line endings exactly, whatever they are.
 */
record RawLine(byte[] bytes, String text) {

    /** Fine for the reference files (about 1 MB each); never used for generated activity. */
    static List<RawLine> readAll(Path file, Charset charset) throws IOException {
        byte[] content = Files.readAllBytes(file);
        List<RawLine> lines = new ArrayList<>();
        int start = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, content.length);
            int textEnd = end > start && content[end - 1] == '\r' ? end - 1 : end;
            lines.add(new RawLine(Arrays.copyOfRange(content, start, next), new String(content, start, textEnd - start, charset)));
            start = next;
        }
        return lines;
    }

    /** The fields of a delimited line, honouring double quotes (the SAE quotes names that contain quotes). */
    List<String> fields(char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
