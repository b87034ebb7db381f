package fr.copilote.model.convention;

import fr.copilote.model.common.InvalidValueException;
import java.util.regex.Pattern;

/** The identifier a convention carries in the finance and HR systems that export it. */
public record ConventionId(String value) implements Comparable<ConventionId> {

    public static final String RULE = "CONVENTION_ID";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{0,39}");

    public ConventionId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(RULE, "« " + value + " » n'est pas un identifiant de convention : "
                    + "1 à 40 caractères parmi lettres, chiffres, _ . / -, en commençant par une lettre ou un chiffre");
        }
    }

    public static ConventionId of(String raw) {
        return new ConventionId(raw == null ? null : raw.strip());
    }

    @Override
    public int compareTo(ConventionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
