package fr.copilote.importer.activity;

import static fr.copilote.importer.activity.ActivityColumns.*;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.CellReader;
import fr.copilote.importer.row.RowValidator;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.model.activity.ActivityRecord;
import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.activity.Period;
import fr.copilote.model.common.CodeLists;
import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.model.text.FrenchDates;
import java.math.BigDecimal;

/** Validates {@code activite.csv}; each row stands alone, so restarts need no replay. */
public final class ActivityValidator implements RowValidator<ActivityRecord> {

    public static final String WARNING_AFTER_END = "ACTIVITE_APRES_FIN_CONVENTION";

    private final ReferenceData reference;

    public ActivityValidator(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public ValidatedRow<ActivityRecord> validate(CsvRow row, CsvHeader header) {
        CellReader cells = new CellReader(row, header);
        Period period = cells.required(PERIOD, Period::parse);
        Finess finess = cells.requiredFiness(FINESS);
        CarePathway pathway = cells.required(CARE_PATHWAY,
                value -> CodeLists.parse(CarePathway.class, value, CarePathway.RULE, "filière de soins"));
        ActivityType type = cells.required(ACTIVITY_TYPE,
                value -> CodeLists.parse(ActivityType.class, value, ActivityType.RULE, "type d'activité"));
        Long volume = cells.nonNegativeCount(VOLUME);
        BigDecimal revenue = cells.nonNegativeDecimal(REVENUE_EUR);
        BigDecimal cost = cells.nonNegativeDecimal(DIRECT_COST_EUR);
        TerritoryCode patientTerritory = cells.optional(PATIENT_TERRITORY, TerritoryCode::of);
        ConventionId convention = cells.optional(CONVENTION_ID, ConventionId::of);

        if (finess != null && !reference.knows(finess)) {
            cells.problem(FINESS, ReferenceData.RULE_UNKNOWN_FINESS, reference.unknownFinessMessage(finess));
        }
        if (patientTerritory != null && !reference.knows(patientTerritory)) {
            cells.problem(PATIENT_TERRITORY, ReferenceData.RULE_UNKNOWN_TERRITORY, "le territoire " + patientTerritory
                    + " n'est pas déclaré dans territoires.csv");
        }
        if (convention != null && !reference.knows(convention)) {
            cells.problem(CONVENTION_ID, ReferenceData.RULE_UNKNOWN_CONVENTION, "la convention " + convention
                    + " est inconnue : absente des conventions retenues de cette exécution (elle a pu être rejetée dans conventions.csv) "
                    + "comme des conventions déjà importées");
        } else if (convention != null && period != null) {
            reference.endOf(convention).filter(end -> period.firstDay().isAfter(end)).ifPresent(end ->
                    cells.warning(CONVENTION_ID, WARNING_AFTER_END, "activité de " + period + " sous la convention "
                            + convention + ", terminée le " + end.format(FrenchDates.DATE)));
        }
        return cells.outcome(() -> new ActivityRecord(period, finess, pathway, type, volume, revenue, cost,
                patientTerritory, convention));
    }
}
