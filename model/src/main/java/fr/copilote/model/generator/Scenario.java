package fr.copilote.model.generator;

import fr.copilote.model.territory.Membership;
import java.util.List;

/** Everything a data set is made of, before it is written: who belongs where, who shares with whom, who does what. */
record Scenario(List<Membership> memberships, List<PlannedConvention> conventions, List<ActivityProfile> profiles,
                PatientOrigins patientOrigins, DirectoryFiles directory) {

    Scenario {
        memberships = List.copyOf(memberships);
        conventions = List.copyOf(conventions);
        profiles = List.copyOf(profiles);
    }
}
