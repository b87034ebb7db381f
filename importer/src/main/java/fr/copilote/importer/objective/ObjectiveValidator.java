package fr.copilote.importer.objective;

import static fr.copilote.importer.objective.ObjectiveColumns.*;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.CellReader;
import fr.copilote.importer.row.RowValidator;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.common.CodeLists;
import fr.copilote.model.common.InvalidValueException;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.indicator.Unit;
import fr.copilote.model.objective.Objective;
import fr.copilote.model.objective.ObjectiveDirection;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.territory.TerritoryCode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Validates {@code objectifs.csv}. Stateful within a file: one objective per territory, pathway, indicator, activity
 * type, establishment and year — two would contradict each other.
 */
public final class ObjectiveValidator implements RowValidator<Objective> {

    public static final String RULE_INDICATOR = "CODE_INDICATEUR";
    public static final String RULE_YEAR = "ANNEE";
    public static final String RULE_RATE_TARGET = "CIBLE_TAUX";
    public static final String RULE_NOT_A_MEMBER = "FINESS_HORS_TERRITOIRE";
    public static final String RULE_DUPLICATE = "OBJECTIF_EN_DOUBLE";

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private record Identity(TerritoryCode territory, CarePathway pathway, Indicator indicator, ActivityType type, Finess entity,
                            int year) {
    }

    private final ReferenceData reference;
    private final Map<Identity, Long> lineByObjective = new HashMap<>();

    public ObjectiveValidator(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public ValidatedRow<Objective> validate(CsvRow row, CsvHeader header) {
        CellReader cells = new CellReader(row, header);
        TerritoryCode territory = cells.required(TERRITORY_CODE, TerritoryCode::of);
        CarePathway pathway = cells.optional(CARE_PATHWAY,
                value -> CodeLists.parse(CarePathway.class, value, CarePathway.RULE, "filière de soins"));
        Indicator indicator = cells.required(INDICATOR, ObjectiveValidator::indicator);
        ActivityType type = cells.optional(ACTIVITY_TYPE,
                value -> CodeLists.parse(ActivityType.class, value, ActivityType.RULE, "type d'activité"));
        Finess finess = cells.optional(FINESS) == null ? null : cells.requiredFiness(FINESS);
        Integer year = year(cells);
        BigDecimal target = cells.decimal(TARGET, true);
        ObjectiveDirection direction = cells.optional(DIRECTION,
                value -> CodeLists.parse(ObjectiveDirection.class, value, ObjectiveDirection.RULE, "sens d'objectif"));

        if (territory != null && !reference.knows(territory)) {
            cells.problem(TERRITORY_CODE, ReferenceData.RULE_UNKNOWN_TERRITORY, "le territoire " + territory
                    + " n'est pas déclaré dans territoires.csv");
            territory = null;
        }
        Finess entity = null;
        if (finess != null && !reference.knows(finess)) {
            cells.problem(FINESS, ReferenceData.RULE_UNKNOWN_FINESS, reference.unknownFinessMessage(finess));
        } else if (finess != null) {
            entity = reference.legalEntityOf(finess).orElseThrow();
            if (territory != null && !reference.isMember(territory, entity)) {
                cells.problem(FINESS, RULE_NOT_A_MEMBER, "l'établissement " + finess + " (entité juridique " + entity
                        + ") n'est pas membre du territoire " + territory + " dans territoires.csv");
            }
        }
        if (indicator != null && indicator.unit() == Unit.RATE && target != null && target.abs().compareTo(BigDecimal.ONE) > 0) {
            cells.problem(TARGET, RULE_RATE_TARGET, "« " + cells.raw(TARGET) + " » pour un taux (" + indicator.label()
                    + ") : un taux s'écrit entre -1 et 1, par exemple 0,85 ou 85 %");
        }
        if (territory != null && indicator != null && year != null && !cells.hasProblems()) {
            Long firstLine = lineByObjective.putIfAbsent(new Identity(territory, pathway, indicator, type, entity, year), row.lineNumber());
            if (firstLine != null) {
                cells.problem(INDICATOR, RULE_DUPLICATE, "le même objectif (" + territory + ", "
                        + (pathway == null ? "toutes filières" : pathway.name()) + ", " + indicator.name()
                        + (type == null ? "" : ", " + type.name()) + (entity == null ? "" : ", " + entity) + ", " + year
                        + ") figure déjà ligne " + firstLine + " : un seul objectif par indicateur, filière, établissement et année");
            }
        }
        TerritoryCode code = territory;
        Finess legalEntity = entity;
        return cells.outcome(() -> new Objective(code, pathway, indicator, type, finess, legalEntity, year, target, direction));
    }

    /** Any code of the catalogue, the ones added later included: an objective judges a figure the catalogue defines. */
    private static Indicator indicator(String value) {
        try {
            return CodeLists.parse(Indicator.class, value, RULE_INDICATOR, "indicateur");
        } catch (InvalidValueException e) {
            // The catalogue is too long to list in a message: the admin is sent to where every code is written.
            throw new InvalidValueException(RULE_INDICATOR, "« " + value.strip() + " » n'est pas un code d'indicateur du catalogue "
                    + "(colonne « Code » de la feuille Définitions de tout classeur, ou docs/indicators.md, § 8)");
        }
    }

    private static Integer year(CellReader cells) {
        String value = cells.required(YEAR);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{4}") || Integer.parseInt(value) < FIRST_YEAR || Integer.parseInt(value) > LAST_YEAR) {
            cells.problem(YEAR, RULE_YEAR, "« " + value + " » n'est pas une année de " + FIRST_YEAR + " à " + LAST_YEAR
                    + " écrite sur quatre chiffres");
            return null;
        }
        return Integer.parseInt(value);
    }
}
