package fr.copilote.model.territory;

import fr.copilote.model.common.InvalidValueException;
import java.util.regex.Pattern;

/** The short code that names a territory in every file and output name (e.g. {@code G4-LOIRE-SUD}). */
public record TerritoryCode(String value) implements Comparable<TerritoryCode> {

    public static final String RULE = "TERRITOIRE_CODE";
    /** Letters, digits, dash and underscore: the code ends up in file names. */
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,29}");

    public TerritoryCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(RULE, "« " + value + " » n'est pas un code de territoire : "
                    + "1 à 30 caractères parmi A-Z, 0-9, - et _, en commençant par une lettre ou un chiffre");
        }
    }

    public static TerritoryCode of(String raw) {
        return new TerritoryCode(raw == null ? null : raw.strip());
    }

    @Override
    public int compareTo(TerritoryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
