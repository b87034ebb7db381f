package fr.copilote.model.consolidation;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.PeriodScope;
import fr.copilote.model.indicator.ReportingCalendar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Volumes by treating entity, activity type, patients' territory and period scope, for leakage and
 * attractiveness. Only the annual spans are kept: a month is too short a window for patient flows.
 */
public final class PatientFlowLedger {

    static final Set<PeriodScope> SCOPES = Set.of(PeriodScope.YEAR_TO_DATE, PeriodScope.YEAR_TO_DATE_N1,
            PeriodScope.ROLLING_12, PeriodScope.ROLLING_12_N1);

    /** Volumes of one entity for one type, scope and patients' territory. */
    record Key(Finess entity, ActivityType activityType, String patientTerritory, PeriodScope scope) {
    }

    private final ReportingCalendar calendar;
    private final Map<Key, Long> volumes = new HashMap<>();
    private Map<String, List<Map.Entry<Key, Long>>> byResidence;
    private Map<Finess, List<Map.Entry<Key, Long>>> byEntity;

    public PatientFlowLedger(ReportingCalendar calendar) {
        this.calendar = calendar;
    }

    public void add(PatientFlowTotal total) {
        for (PeriodScope scope : calendar.scopesOf(total.period())) {
            if (SCOPES.contains(scope)) {
                volumes.merge(new Key(total.entity(), total.activityType(), total.patientTerritory(), scope), total.volume(), Long::sum);
            }
        }
    }

    /** The volumes of one patients' territory: each territory reads only its own residents. */
    List<Map.Entry<Key, Long>> ofResidents(String territory) {
        index();
        return byResidence.getOrDefault(territory, List.of());
    }

    /** The volumes treated by one entity. */
    List<Map.Entry<Key, Long>> treatedBy(Finess entity) {
        index();
        return byEntity.getOrDefault(entity, List.of());
    }

    /** Built once, after loading, on first use. */
    private void index() {
        if (byResidence != null) {
            return;
        }
        byResidence = new HashMap<>();
        byEntity = new HashMap<>();
        for (Map.Entry<Key, Long> entry : volumes.entrySet()) {
            byResidence.computeIfAbsent(entry.getKey().patientTerritory(), k -> new ArrayList<>()).add(entry);
            byEntity.computeIfAbsent(entry.getKey().entity(), k -> new ArrayList<>()).add(entry);
        }
    }
}
