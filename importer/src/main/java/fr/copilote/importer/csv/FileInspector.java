package fr.copilote.importer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a file once to fingerprint it and to recognise its encoding. The data contract accepts UTF-8 (with
 * or without BOM) and Windows-1252/ISO-8859-1, which nothing in the file declares: a file is UTF-8 when it
 * has a BOM or when its bytes decode as UTF-8 — a Latin-1 file with accents almost never does — and
 * Windows-1252 otherwise, except that a file already showing well-formed multi-byte UTF-8 with a few broken
 * sequences is taken as damaged UTF-8, so that only its broken lines are rejected.
 */
public final class FileInspector {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BUFFER = 1 << 16;

    private FileInspector() {
    }

    public static FileFingerprint inspect(Path path) {
        MessageDigest sha = sha256();
        Utf8Scan scan = new Utf8Scan();
        long size = 0;
        byte[] first = new byte[3];
        int firstCount = 0;
        boolean nul = false;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (firstCount < 3) {
                        first[firstCount++] = b;
                    }
                    if (b == 0) {
                        nul = true;
                    }
                    scan.accept(b);
                }
                size += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        scan.finish();
        boolean bom = firstCount == 3 && (first[0] & 0xFF) == 0xEF && (first[1] & 0xFF) == 0xBB && (first[2] & 0xFF) == 0xBF;
        boolean utf16 = firstCount >= 2 && (((first[0] & 0xFF) == 0xFF && (first[1] & 0xFF) == 0xFE)
                || ((first[0] & 0xFF) == 0xFE && (first[1] & 0xFF) == 0xFF));
        boolean utf8 = bom || scan.invalid == 0 || scan.validMultiByte > 0;
        Charset charset = utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new FileFingerprint(path, size, HexFormat.of().formatHex(sha.digest()), charset, bom, nul, utf16,
                utf8 ? scan.invalid : 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 indisponible dans cette JVM", e);
        }
    }

    /** A byte-level UTF-8 validator: counts well-formed multi-byte sequences and malformed ones. */
    private static final class Utf8Scan {
        private int pending;
        private int expectedMin;
        private int codePoint;
        private int length;
        long validMultiByte;
        long invalid;

        void accept(byte value) {
            int b = value & 0xFF;
            if (pending > 0) {
                if ((b & 0xC0) == 0x80) {
                    codePoint = (codePoint << 6) | (b & 0x3F);
                    if (--pending == 0) {
                        if (codePoint < expectedMin || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                            invalid++;
                        } else {
                            validMultiByte++;
                        }
                    }
                    return;
                }
                invalid++;
                pending = 0;
            }
            if (b < 0x80) {
                return;
            }
            if ((b & 0xE0) == 0xC0) {
                start(b & 0x1F, 1, 0x80);
            } else if ((b & 0xF0) == 0xE0) {
                start(b & 0x0F, 2, 0x800);
            } else if ((b & 0xF8) == 0xF0) {
                start(b & 0x07, 3, 0x10000);
            } else {
                invalid++;
            }
        }

        private void start(int bits, int continuation, int minimum) {
            codePoint = bits;
            pending = continuation;
            length = continuation;
            expectedMin = minimum;
        }

        void finish() {
            if (pending > 0 && length > 0) {
                invalid++;
            }
        }
    }
}
