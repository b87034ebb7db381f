package fr.copilote.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInspectorTest {

    @TempDir
    Path folder;

    private FileFingerprint inspect(byte[] content) throws IOException {
        Path file = folder.resolve("f.csv");
        Files.write(file, content);
        return FileInspector.inspect(file);
    }

    @Test
    void recognisesUtf8WithBom() throws IOException {
        FileFingerprint file = inspect(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ';', 'b'});
        assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(file.hasBom()).isTrue();
    }

    @Test
    void recognisesUtf8WithoutBomByItsMultiByteSequences() throws IOException {
        FileFingerprint file = inspect("CH LA FÈRE;Hôpital".getBytes(StandardCharsets.UTF_8));
        assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(file.invalidUtf8()).isZero();
    }

    @Test
    void takesLatin1AccentsForWindows1252() throws IOException {
        FileFingerprint file = inspect("CH LA FÈRE;Hôpital".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(file.charset()).isEqualTo(FileInspector.WINDOWS_1252);
    }

    @Test
    void takesMostlyValidUtf8WithABrokenByteForDamagedUtf8() throws IOException {
        byte[] good = "é;è;à;ç;ô\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[good.length + 2];
        System.arraycopy(good, 0, content, 0, good.length);
        content[good.length] = (byte) 0xC3; // a lead byte with no continuation
        content[good.length + 1] = 'x';
        FileFingerprint file = inspect(content);
        assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(file.invalidUtf8()).isEqualTo(1);
    }

    @Test
    void aSingleWellFormedUtf8AccentAmongLatin1OnesMakesTheFileUtf8() throws IOException {
        byte[] utf8 = "é;".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "è;à;ç\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, content, 0, utf8.length);
        System.arraycopy(latin1, 0, content, utf8.length, latin1.length);
        FileFingerprint file = inspect(content);
        assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(file.invalidUtf8()).isEqualTo(3);
    }

    @Test
    void flagsBinaryContent() throws IOException {
        assertThat(inspect(new byte[] {'P', 'K', 3, 4, 0, 0}).binary()).isTrue();
    }

    @Test
    void fingerprintsWithSha256() throws IOException {
        assertThat(inspect("abc".getBytes(StandardCharsets.US_ASCII)).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
