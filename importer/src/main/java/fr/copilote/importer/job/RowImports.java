package fr.copilote.importer.job;

import fr.copilote.importer.activity.ActivityTable;
import fr.copilote.importer.activity.ActivityValidator;
import fr.copilote.importer.convention.ConventionTable;
import fr.copilote.importer.convention.ConventionValidator;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.objective.ObjectiveTable;
import fr.copilote.importer.objective.ObjectiveValidator;
import fr.copilote.importer.row.RowImport;
import fr.copilote.importer.territory.MembershipTable;
import fr.copilote.importer.territory.MembershipValidator;
import fr.copilote.model.activity.ActivityRecord;
import fr.copilote.model.convention.Convention;
import fr.copilote.model.objective.Objective;
import fr.copilote.model.territory.Membership;

/** The row files of the data contract, each with its rules and its table. */
public final class RowImports {

    public static final RowImport<Membership> TERRITORIES =
            new RowImport<>(InputKind.TERRITOIRES, MembershipValidator::new, MembershipTable::new, true);
    public static final RowImport<Convention> CONVENTIONS =
            new RowImport<>(InputKind.CONVENTIONS, ConventionValidator::new, ConventionTable::new, true);
    public static final RowImport<ActivityRecord> ACTIVITY =
            new RowImport<>(InputKind.ACTIVITE, ActivityValidator::new, ActivityTable::new, false);
    public static final RowImport<Objective> OBJECTIVES =
            new RowImport<>(InputKind.OBJECTIFS, ObjectiveValidator::new, reference -> new ObjectiveTable(), true);

    private RowImports() {
    }
}
