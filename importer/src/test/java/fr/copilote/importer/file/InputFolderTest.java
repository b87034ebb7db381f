package fr.copilote.importer.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which entries of the input folder are read, and why each other one is not. */
class InputFolderTest {

    @TempDir
    Path folder;

    private Path touch(String name) throws IOException {
        return Files.writeString(folder.resolve(name), "x\n");
    }

    @Test
    void aSecondNameForAKindReadOnceIsIgnoredAsItsDouble() throws IOException {
        touch("conventions.csv");
        touch("CONVENTIONS.CSV");

        InputFolder input = new InputFolder(folder);

        assertThat(input.filesToRead(InputKind.CONVENTIONS)).containsExactly(folder.resolve("conventions.csv"));
        assertThat(input.ignored()).containsExactly(new IgnoredFile("CONVENTIONS.CSV",
                "en double de conventions.csv : un seul fichier « conventions de partage de temps médical » est lu"));
    }

    @Test
    void aHiddenFileIsNeverReadEvenWhenItsNameMatchesAKind() throws IOException {
        touch(".A_Publics_PSPH_2023_tous_sejours.csv");
        touch("~$conventions.csv");

        InputFolder input = new InputFolder(folder);

        assertThat(input.filesToRead(InputKind.SCANSANTE_MCO)).isEmpty();
        assertThat(input.filesToRead(InputKind.CONVENTIONS)).isEmpty();
        assertThat(input.ignored()).extracting(IgnoredFile::fileName)
                .containsExactly(".A_Publics_PSPH_2023_tous_sejours.csv", "~$conventions.csv");
    }

    @Test
    void everyYearOfAStatisticsBaseIsReadButOnlyTheLatestDirectory() throws IOException {
        touch("MCO_2022r.csv");
        touch("MCO_2023r.csv");
        touch("ST_2021r.csv");
        touch("ST_2023r.csv");

        InputFolder input = new InputFolder(folder);

        assertThat(input.filesToRead(InputKind.SAE_MCO)).extracting(path -> path.getFileName().toString())
                .containsExactly("MCO_2022r.csv", "MCO_2023r.csv");
        assertThat(input.ignored()).containsExactly(new IgnoredFile("ST_2021r.csv", "supplanté par ST_2023r.csv (année plus récente)"));
    }

    @Test
    void aBrokenLinkIsIgnoredAsNoOrdinaryFile() throws IOException {
        Files.createSymbolicLink(folder.resolve("activite.csv"), folder.resolve("disparu.csv"));

        InputFolder input = new InputFolder(folder);

        assertThat(input.filesToRead(InputKind.ACTIVITE)).isEmpty();
        assertThat(input.ignored()).containsExactly(new IgnoredFile("activite.csv", "ce n'est pas un fichier ordinaire (lien cassé ?)"));
    }
}
