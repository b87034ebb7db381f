package fr.copilote.model.objective;

import fr.copilote.model.activity.ActivityType;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.pathway.CarePathway;
import fr.copilote.model.territory.TerritoryCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One objective of a territory's shared medical project, as {@code objectifs.csv} states it.
 *
 * @param pathway      null for the indicator over all pathways
 * @param activityType null unless the indicator is broken down by activity type (a volume is counted in one unit)
 * @param finess       the FINESS as written, null for the territory as a whole
 * @param entity       its legal entity, which the figures are kept for; null with {@code finess}
 * @param declared     the direction the file gives, null when it leaves it to the indicator's usual one
 */
public record Objective(TerritoryCode territory, CarePathway pathway, Indicator indicator, ActivityType activityType,
                        Finess finess, Finess entity, int year, BigDecimal target, ObjectiveDirection declared) {

    public Objective {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
        if ((finess == null) != (entity == null)) {
            throw new IllegalArgumentException("an objective on a member names its FINESS and its legal entity");
        }
    }

    /** The direction the objective is judged in. */
    public ObjectiveDirection direction() {
        return declared != null ? declared : ObjectiveDirection.usualFor(indicator);
    }

    public boolean onMember() {
        return entity != null;
    }
}
