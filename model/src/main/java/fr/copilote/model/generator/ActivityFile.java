package fr.copilote.model.generator;

import fr.copilote.model.activity.ActivityRecord;
import fr.copilote.model.activity.Period;
import fr.copilote.model.establishment.Finess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code activite.csv} one (month, establishment) cell at a time, in file order: only a cell's rows are
 * ever in memory, whatever the number of rows aimed at.
 */
final class ActivityFile {

    static final String NAME = "activite.csv";
    static final String[] HEADER = {"period", "finess", "care_pathway", "activity_type", "volume", "revenue_eur",
            "direct_cost_eur", "patient_territory", "convention_id"};

    /** Within a cell (same period and FINESS), the order of the remaining sort columns as written. */
    private static final Comparator<ActivityRecord> CELL_ORDER = Comparator
            .comparing((ActivityRecord row) -> row.carePathway().name())
            .thenComparing(row -> row.activityType().name())
            .thenComparing(row -> ContractCsv.orEmpty(row.patientTerritory()))
            .thenComparing(row -> ContractCsv.orEmpty(row.convention()));

    private ActivityFile() {
    }

    static long write(Path folder, GeneratorSettings settings, Scenario scenario) throws IOException {
        Map<Finess, ActivityProfile> profiles = new TreeMap<>();
        scenario.profiles().forEach(profile -> profiles.put(profile.finess(), profile));
        OutreachConsultations outreach = new OutreachConsultations(settings.seed(), scenario.conventions());
        SortedSet<Finess> establishments = new TreeSet<>(profiles.keySet());
        establishments.addAll(outreach.hosts());
        int anchorYear = settings.firstMonth().getYear();
        RowBudget budget = new RowBudget(settings.activityRows(), (long) settings.months() * establishments.size());
        long written = 0;
        try (CSVPrinter csv = ContractCsv.open(folder.resolve(NAME), HEADER)) {
            for (YearMonth month = settings.firstMonth(); !month.isAfter(settings.lastMonth()); month = month.plusMonths(1)) {
                Period period = new Period(month);
                for (Finess finess : establishments) {
                    List<ActivityRecord> rows = new ArrayList<>(outreach.rows(period, finess));
                    long cellBudget = budget.nextCell(written) - rows.size();
                    ActivityProfile profile = profiles.get(finess);
                    if (profile != null) {
                        rows.addAll(EstablishmentMonth.rows(profile, period, anchorYear, cellBudget, scenario.patientOrigins(),
                                Seeds.of(settings.seed(), "activite", finess.value(), period.toString())));
                    }
                    rows.sort(CELL_ORDER);
                    for (ActivityRecord row : rows) {
                        print(csv, row);
                    }
                    written += rows.size();
                }
            }
        }
        return written;
    }

    private static void print(CSVPrinter csv, ActivityRecord row) throws IOException {
        csv.printRecord(row.period(), row.finess().value(), row.carePathway().name(), row.activityType().name(),
                row.volume(), row.revenueEur().toPlainString(), row.directCostEur().toPlainString(),
                ContractCsv.orEmpty(row.patientTerritory()), ContractCsv.orEmpty(row.convention()));
    }
}
