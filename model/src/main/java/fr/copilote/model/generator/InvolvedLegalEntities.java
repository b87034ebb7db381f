package fr.copilote.model.generator;

import fr.copilote.model.convention.Convention;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.Membership;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** The legal entities a data set names, directly or through one of their sites: what its directory must hold. */
final class InvolvedLegalEntities {

    private InvolvedLegalEntities() {
    }

    static SortedSet<Finess> of(List<Membership> memberships, List<PlannedConvention> conventions,
                                UnaryOperator<Finess> legalEntityOf) {
        SortedSet<Finess> entities = new TreeSet<>();
        memberships.forEach(membership -> entities.add(legalEntityOf.apply(membership.finess())));
        for (PlannedConvention planned : conventions) {
            Convention convention = planned.convention();
            entities.add(legalEntityOf.apply(convention.origin()));
            entities.add(legalEntityOf.apply(convention.host()));
        }
        return entities;
    }
}
