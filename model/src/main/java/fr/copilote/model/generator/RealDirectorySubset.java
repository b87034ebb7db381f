package fr.copilote.model.generator;

import fr.copilote.model.establishment.Finess;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The real directory files cut down to the legal entities a data set involves, copied line by line as
 * published (bytes, encoding, line endings): every site of each entity, so that sites roll up to their
 * entity, the entities' rows of {@code ST}, and the coordinates of those sites. The SAE bases of those entities
 * (MCO, URGENCES2, PERINAT, SSR, Q21) come with them, whole rows with the published header, so that the
 * workbooks' capacity and coherence tables have the same figures the activity was anchored on.
 */
final class RealDirectorySubset implements DirectoryFiles {

    /** The SAE bases shipped beside the directory, under their published names. */
    static final List<String> STATISTICS = List.of(RealDataFolder.MCO, RealDataFolder.EMERGENCIES, RealDataFolder.PERINATAL,
            RealDataFolder.REHABILITATION, RealDataFolder.MEDICAL_STAFF);

    private final RealDataFolder folder;
    private final Set<String> legalEntities = new TreeSet<>();

    RealDirectorySubset(RealDataFolder folder, Collection<Finess> legalEntities) {
        this.folder = folder;
        legalEntities.forEach(entity -> this.legalEntities.add(entity.value()));
    }

    @Override
    public DirectoryCounts writeTo(Path target) throws IOException {
        Set<String> sites = new TreeSet<>();
        long siteRows = copy(RealDataFolder.SITES, target.resolve(SITES), StandardCharsets.ISO_8859_1, ';', "fi_ej",
                legalEntities::contains, "fi", sites);
        long entityRows = copy(RealDataFolder.LEGAL_ENTITIES, target.resolve(LEGAL_ENTITIES), StandardCharsets.ISO_8859_1,
                ';', "FI", legalEntities::contains, "FI", new TreeSet<>());
        long coordinateRows = copy(RealDataFolder.COORDINATES, target.resolve(COORDINATES), StandardCharsets.UTF_8, ',',
                "id", id -> sites.contains(RealDirectory.padded(id)), "id", new TreeSet<>());
        long statisticRows = 0;
        for (String base : STATISTICS) {
            statisticRows += copy(base, target.resolve(Path.of(base).getFileName().toString()), StandardCharsets.ISO_8859_1, ';',
                    "FI_EJ", legalEntities::contains, "FI", new TreeSet<>());
        }
        return new DirectoryCounts(siteRows, entityRows, coordinateRows, statisticRows);
    }

    /**
     * Copies the header and each line whose {@code keyColumn} passes {@code keep}, noting the kept lines'
     * {@code noteColumn} in {@code noted}.
     */
    private long copy(String source, Path target, Charset charset, char delimiter, String keyColumn,
                      Predicate<String> keep, String noteColumn, Set<String> noted) throws IOException {
        List<RawLine> lines = RawLine.readAll(folder.file(source), charset);
        if (lines.isEmpty()) {
            throw new MissingRealDataException("Fichier de données réelles vide : " + folder.file(source).toAbsolutePath());
        }
        List<String> header = lines.get(0).fields(delimiter);
        int key = columnIndex(header, keyColumn, source);
        int note = columnIndex(header, noteColumn, source);
        long kept = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            out.write(lines.get(0).bytes());
            for (RawLine line : lines.subList(1, lines.size())) {
                List<String> fields = line.fields(delimiter);
                if (fields.size() > Math.max(key, note) && keep.test(fields.get(key).strip())) {
                    out.write(line.bytes());
                    noted.add(fields.get(note).strip());
                    kept++;
                }
            }
        }
        return kept;
    }

    private int columnIndex(List<String> header, String column, String source) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new MissingRealDataException("Colonne « " + column + " » absente de " + folder.file(source).toAbsolutePath());
        }
        return index;
    }
}
