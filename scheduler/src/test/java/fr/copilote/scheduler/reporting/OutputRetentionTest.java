package fr.copilote.scheduler.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputRetentionTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);

    @TempDir
    Path folder;

    @Test
    void purgeRemovesWorkbooksAndRejectReportsOlderThanTheRetentionAndNothingElse() throws IOException {
        touch("LILLE_2024-12-31.xlsx", "LILLE_2024-12-01.xlsx", "LILLE_2024-11-30.xlsx", "TOUS_2023-06-30.xlsx",
                "rejets-conventions-2024-11-29.csv", "rejets-activite-2024-12-30.csv",
                "budget_2020-01-01.xlsx", "notes.txt", "LILLE_2024-02-30.xlsx");

        var removed = new OutputRetention(30).purge(folder, TODAY);

        assertThat(removed).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("LILLE_2024-11-30.xlsx", "TOUS_2023-06-30.xlsx", "rejets-conventions-2024-11-29.csv");
        assertThat(names()).containsExactlyInAnyOrder("LILLE_2024-12-31.xlsx", "LILLE_2024-12-01.xlsx",
                "rejets-activite-2024-12-30.csv", "budget_2020-01-01.xlsx", "notes.txt", "LILLE_2024-02-30.xlsx");
    }

    @Test
    void theAdminsPurgeGoesByWhenAFileWasWrittenNotByItsBusinessDate() throws IOException {
        touch("LILLE_2019-12-31.xlsx", "LILLE_2024-12-31.xlsx", "notes.txt");
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(40)));
        Files.setLastModifiedTime(folder.resolve("LILLE_2024-12-31.xlsx"), old);
        Files.setLastModifiedTime(folder.resolve("notes.txt"), old);

        var removed = new OutputRetention(30).purgeWrittenBefore(folder, Instant.now());

        assertThat(removed).extracting(p -> p.getFileName().toString()).containsExactly("LILLE_2024-12-31.xlsx");
        assertThat(names()).containsExactlyInAnyOrder("LILLE_2019-12-31.xlsx", "notes.txt");
    }

    @Test
    void retentionOfZeroDaysKeepsEverything() throws IOException {
        touch("LILLE_2019-12-31.xlsx");

        assertThat(new OutputRetention(0).purge(folder, TODAY)).isEmpty();
        assertThat(names()).containsExactly("LILLE_2019-12-31.xlsx");
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Files.createFile(folder.resolve(name));
        }
    }

    private Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList().stream();
        }
    }
}
