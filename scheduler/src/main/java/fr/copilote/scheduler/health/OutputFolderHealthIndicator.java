package fr.copilote.scheduler.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.util.unit.DataSize;

/** The output folder exists, a file can be written in it, and its disk has more free space than the threshold. */
public class OutputFolderHealthIndicator implements HealthIndicator {

    private final Path folder;
    private final DataSize minimumFree;

    public OutputFolderHealthIndicator(Path folder, DataSize minimumFree) {
        this.folder = folder;
        this.minimumFree = minimumFree;
    }

    @Override
    public Health health() {
        Path absolute = folder.toAbsolutePath().normalize();
        Health.Builder health = Health.up().withDetail("dossier", absolute.toString());
        try {
            Files.createDirectories(absolute);
            Path probe = Files.createTempFile(absolute, ".copilote-sante", ".tmp");
            Files.delete(probe);
            long free = Files.getFileStore(absolute).getUsableSpace();
            health.withDetail("espaceLibreMo", free / (1024 * 1024));
            if (free < minimumFree.toBytes()) {
                return health.down().withDetail("erreur", "moins de " + minimumFree.toMegabytes() + " Mo libres").build();
            }
            return health.build();
        } catch (IOException | SecurityException e) {
            return health.down().withDetail("erreur", "écriture impossible : " + e.getMessage()).build();
        }
    }
}
