package fr.copilote.model.convention;

import fr.copilote.model.common.InvalidValueException;
import fr.copilote.model.common.Luhn;

/**
 * A practitioner's RPPS number (Répertoire partagé des professionnels de santé): eleven digits, the last
 * a Luhn check key over the eleven (see {@code docs/data-contract.md} for the source of the rule).
 * Copilote identifies practitioners by this number only: no names anywhere.
 */
public record Rpps(String value) implements Comparable<Rpps> {

    public static final String RULE_FORMAT = "RPPS_FORMAT";
    public static final String RULE_KEY = "RPPS_CLE";

    public Rpps {
        if (value == null || value.length() != 11 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException(RULE_FORMAT,
                    "« " + value + " » n'est pas un numéro RPPS : 11 chiffres attendus");
        }
        if (!Luhn.isValid(value)) {
            throw new InvalidValueException(RULE_KEY,
                    "« " + value + " » n'est pas un numéro RPPS valide : la clé de contrôle (dernier chiffre) est fausse");
        }
    }

    public static Rpps of(String raw) {
        return new Rpps(raw == null ? null : raw.strip());
    }

    @Override
    public int compareTo(Rpps other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
