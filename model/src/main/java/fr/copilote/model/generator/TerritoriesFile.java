package fr.copilote.model.generator;

import fr.copilote.model.territory.Membership;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code territoires.csv}: per territory, its support first, then members, then partners. */
final class TerritoriesFile {

    static final String NAME = "territoires.csv";
    static final String[] HEADER = {"territory_code", "territory_name", "finess", "role"};

    private static final Comparator<Membership> ORDER = Comparator.comparing(Membership::territory)
            .thenComparing(Membership::role)
            .thenComparing(Membership::finess);

    private TerritoriesFile() {
    }

    static long write(Path folder, List<Membership> memberships) throws IOException {
        try (CSVPrinter csv = ContractCsv.open(folder.resolve(NAME), HEADER)) {
            for (Membership membership : memberships.stream().sorted(ORDER).toList()) {
                csv.printRecord(membership.territory().value(), membership.territoryName(), membership.finess().value(),
                        membership.role().name());
            }
        }
        return memberships.size();
    }
}
