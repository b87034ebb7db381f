package fr.copilote.model.generator;

import fr.copilote.model.convention.Convention;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code conventions.csv}, sorted by convention id. */
final class ConventionsFile {

    static final String NAME = "conventions.csv";
    static final String[] HEADER = {"convention_id", "origin_finess", "host_finess", "practitioner_rpps", "specialty",
            "care_pathway", "sharing_mode", "half_days_per_week", "start_date", "end_date", "annual_refund_eur", "status"};

    private ConventionsFile() {
    }

    static long write(Path folder, List<PlannedConvention> conventions) throws IOException {
        List<Convention> sorted = conventions.stream().map(PlannedConvention::convention)
                .sorted(Comparator.comparing(Convention::id)).toList();
        try (CSVPrinter csv = ContractCsv.open(folder.resolve(NAME), HEADER)) {
            for (Convention convention : sorted) {
                csv.printRecord(convention.id().value(), convention.origin().value(), convention.host().value(),
                        convention.practitioner().value(), convention.specialty(), convention.carePathway().name(),
                        convention.sharingMode().name(), convention.halfDaysPerWeek().stripTrailingZeros().toPlainString(),
                        convention.startDate(), ContractCsv.orEmpty(convention.endDate()),
                        convention.annualRefundEur().toPlainString(), convention.status().name());
            }
        }
        return sorted.size();
    }
}
