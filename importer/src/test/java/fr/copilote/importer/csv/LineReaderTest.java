package fr.copilote.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<PhysicalLine> read(String text, int max) throws IOException {
        List<PhysicalLine> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new StringReader(text), max)) {
            for (PhysicalLine line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void acceptsLfAndCrlfAndALastLineWithoutBreak() throws IOException {
        assertThat(read("a\r\nb\nc", 100)).extracting(PhysicalLine::text).containsExactly("a", "b", "c");
    }

    @Test
    void numbersLinesFromOne() throws IOException {
        assertThat(read("h\n\nx\n", 100)).extracting(PhysicalLine::number).containsExactly(1L, 2L, 3L);
    }

    @Test
    void keepsOnlyTheBeginningOfAnOverlongLine() throws IOException {
        String huge = "x".repeat(300_000);
        List<PhysicalLine> lines = read("h\n" + huge + "\nlast\n", 1000);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).tooLong()).isTrue();
        assertThat(lines.get(1).length()).isEqualTo(300_000);
        assertThat(lines.get(1).text()).hasSize(LineReader.EXCERPT > 1000 ? 1001 : LineReader.EXCERPT);
        assertThat(lines.get(2).text()).isEqualTo("last");
    }
}
