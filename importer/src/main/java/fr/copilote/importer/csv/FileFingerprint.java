package fr.copilote.importer.csv;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * What one pass over a file's bytes tells before any row is read: its identity (size, SHA-256) and how its
 * text is encoded.
 *
 * @param hasBom        the file starts with a UTF-8 byte-order mark, to be skipped
 * @param binary        NUL bytes were found: this is not a text file (or a UTF-16 one, see {@code utf16})
 * @param utf16         the file starts with a UTF-16 byte-order mark: text, but in an encoding the contract excludes
 * @param invalidUtf8   byte sequences that are not UTF-8 although the file was recognised as UTF-8 (the
 *                      lines holding them are rejected rather than decoded wrongly)
 */
public record FileFingerprint(Path path, long sizeBytes, String sha256, Charset charset, boolean hasBom,
                              boolean binary, boolean utf16, long invalidUtf8) {

    public String fileName() {
        return path.getFileName().toString();
    }

    /** A short French name for the encoding, as shown in reports. */
    public String encodingLabel() {
        return charset.name() + (hasBom ? " (BOM)" : "");
    }
}
