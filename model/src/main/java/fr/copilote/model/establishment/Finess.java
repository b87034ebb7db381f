package fr.copilote.model.establishment;

import fr.copilote.model.common.InvalidValueException;
import fr.copilote.model.common.Luhn;

/**
 * A FINESS number (Fichier national des établissements sanitaires et sociaux): nine characters, the first two
 * naming the département ({@code 01}–{@code 95}, {@code 2A}/{@code 2B} for Corsica, {@code 97}/{@code 98}
 * overseas), the last one a Luhn check key over the nine digits (Corsica counted as {@code 21}/{@code 22}).
 * It names either a site (établissement géographique) or a legal entity (entité juridique); which one is
 * known only from the directory.
 */
public record Finess(String value) implements Comparable<Finess> {

    public static final String RULE_FORMAT = "FINESS_FORMAT";
    public static final String RULE_DEPARTEMENT = "FINESS_DEPARTEMENT";
    public static final String RULE_KEY = "FINESS_CLE";

    public Finess {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidValueException(ruleFor(value), problem);
        }
    }

    /** Parses a cell, tolerating surrounding blanks. */
    public static Finess of(String raw) {
        return new Finess(raw == null ? null : raw.strip());
    }

    /**
     * Restores a FINESS written as a number somewhere along the way (leading zeros lost, as in the
     * Eurostat healthcare file), then validates it.
     */
    public static Finess ofLeftPadded(String raw) {
        String digits = raw == null ? "" : raw.strip();
        return of("0".repeat(Math.max(0, 9 - digits.length())) + digits);
    }

    public static boolean isValid(String raw) {
        return raw != null && problemWith(raw.strip()) == null;
    }

    /** The département prefix as written in the number ({@code 42}, {@code 2A}, {@code 97}). */
    public String departementPrefix() {
        return value.substring(0, 2);
    }

    @Override
    public int compareTo(Finess other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String ruleFor(String value) {
        if (value == null || value.length() != 9 || !digitsAfterDepartement(value)) {
            return RULE_FORMAT;
        }
        return hasKnownPrefix(value) ? RULE_KEY : RULE_DEPARTEMENT;
    }

    private static String problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return "numéro FINESS absent";
        }
        if (value.length() != 9) {
            return "« " + value + " » n'est pas un numéro FINESS : 9 caractères attendus, " + value.length() + " trouvés";
        }
        if (!digitsAfterDepartement(value)) {
            return "« " + value + " » n'est pas un numéro FINESS : seuls des chiffres sont admis après le département";
        }
        if (!hasKnownPrefix(value)) {
            return "« " + value + " » n'est pas un numéro FINESS : « " + value.substring(0, 2)
                    + " » n'est pas un code de département (01 à 95, 2A, 2B, 97, 98)";
        }
        if (!Luhn.isValid(numericForm(value))) {
            return "« " + value + " » n'est pas un numéro FINESS valide : la clé de contrôle (dernier chiffre) est fausse";
        }
        return null;
    }

    private static boolean hasKnownPrefix(String value) {
        String prefix = value.substring(0, 2);
        if (prefix.equals("2A") || prefix.equals("2B")) {
            return true;
        }
        if (!isAsciiDigit(prefix.charAt(0)) || !isAsciiDigit(prefix.charAt(1))) {
            return false;
        }
        int departement = Integer.parseInt(prefix);
        return (departement >= 1 && departement <= 95 && departement != 20) || departement == 97 || departement == 98;
    }

    /** The nine digits the Luhn key is computed over (Corsica's letters replaced). */
    static String numericForm(String value) {
        return switch (value.substring(0, 2)) {
            case "2A" -> "21" + value.substring(2);
            case "2B" -> "22" + value.substring(2);
            default -> value;
        };
    }

    private static boolean digitsAfterDepartement(String value) {
        for (int i = 2; i < value.length(); i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
