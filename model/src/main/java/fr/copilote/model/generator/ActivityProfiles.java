package fr.copilote.model.generator;

import fr.copilote.model.establishment.Finess;
import fr.copilote.model.territory.Membership;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One activity profile per establishment of a membership list, at home in the first territory it is listed in. */
final class ActivityProfiles {

    private ActivityProfiles() {
    }

    /**
     * @param knownFigures the establishment's real yearly figures, {@link AnnualFigures#NONE} when unknown
     * @param categoryOf   its SAE category, to draw figures in its range when none are known
     */
    static List<ActivityProfile> of(long seed, List<Membership> memberships, Function<Finess, AnnualFigures> knownFigures,
                                    Function<Finess, String> categoryOf) {
        List<ActivityProfile> profiles = new ArrayList<>();
        HomeTerritories.of(memberships).forEach((finess, home) -> {
            AnnualFigures annual = knownFigures.apply(finess);
            if (annual.isEmpty()) {
                annual = SyntheticFigures.draw(categoryOf.apply(finess), Seeds.of(seed, "chiffres", finess.value()));
            }
            profiles.add(ActivityProfile.draw(seed, finess, home, annual));
        });
        return profiles;
    }
}
