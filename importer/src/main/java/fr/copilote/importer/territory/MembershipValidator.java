package fr.copilote.importer.territory;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.CellReader;
import fr.copilote.importer.row.RowValidator;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.model.common.CodeLists;
import fr.copilote.model.consolidation.TerritoryPerimeter;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.Membership;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.util.HashMap;
import java.util.Map;

/**
 * Validates {@code territoires.csv}. Stateful within a file: one territory code keeps one name, and an
 * establishment appears once per territory.
 */
public final class MembershipValidator implements RowValidator<Membership> {

    public static final String RULE_ROLE = "CODE_ROLE";
    public static final String RULE_DUPLICATE = "ADHESION_EN_DOUBLE";
    public static final String RULE_NAME_MISMATCH = "TERRITOIRE_NOM_DIVERGENT";
    public static final String RULE_RESERVED_CODE = "TERRITOIRE_CODE_RESERVE";

    private final ReferenceData reference;
    private final Map<String, NamedAt> nameByTerritory = new HashMap<>();
    private final Map<String, Long> lineByMembership = new HashMap<>();

    private record NamedAt(String name, long line) {
    }

    public MembershipValidator(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public ValidatedRow<Membership> validate(CsvRow row, CsvHeader header) {
        CellReader cells = new CellReader(row, header);
        TerritoryCode code = cells.required(TerritoryColumns.TERRITORY_CODE, TerritoryCode::of);
        String name = cells.requiredText(TerritoryColumns.TERRITORY_NAME, 200);
        Finess finess = cells.requiredFiness(TerritoryColumns.FINESS);
        MembershipRole role = cells.required(TerritoryColumns.ROLE,
                value -> CodeLists.parse(MembershipRole.class, value, RULE_ROLE, "rôle"));
        if (TerritoryPerimeter.ALL_TERRITORIES.equals(code)) {
            cells.problem(TerritoryColumns.TERRITORY_CODE, RULE_RESERVED_CODE, "le code " + code
                    + " est réservé au classeur de l'ensemble des territoires");
        }
        if (finess != null && !reference.knows(finess)) {
            cells.problem(TerritoryColumns.FINESS, ReferenceData.RULE_UNKNOWN_FINESS, reference.unknownFinessMessage(finess));
        }
        if (code != null && name != null) {
            NamedAt first = nameByTerritory.putIfAbsent(code.value(), new NamedAt(name, row.lineNumber()));
            if (first != null && !first.name().equals(name)) {
                cells.problem(TerritoryColumns.TERRITORY_NAME, RULE_NAME_MISMATCH, "le territoire " + code + " est nommé « "
                        + first.name() + " » ligne " + first.line() + " : un territoire garde le même nom sur toutes ses lignes");
            }
        }
        if (code != null && finess != null) {
            Long firstLine = lineByMembership.putIfAbsent(code + "|" + finess, row.lineNumber());
            if (firstLine != null) {
                cells.problem(TerritoryColumns.FINESS, RULE_DUPLICATE, "l'établissement " + finess
                        + " figure déjà dans le territoire " + code + " ligne " + firstLine);
            }
        }
        return cells.outcome(() -> new Membership(code, name, finess, role));
    }
}
