package fr.copilote.model.common;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parses the codes of the data contract's code lists into their enums, with a French message on failure. Case
 * is not significant ({@code medecine} is {@code MEDECINE}): exports from spreadsheets often lower-case them,
 * and no two codes differ by case only.
 */
public final class CodeLists {

    /** Codes as the contract writes them, looked up first: a code on every row of millions is worth a map. */
    private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(constant -> (Enum<?>) constant)
                    .collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));
        }
    };

    private CodeLists() {
    }

    /**
     * @param rule the rule code reported when the value is not in the list
     * @param what the French name of the list, used in the message (« filière de soins »)
     */
    public static <E extends Enum<E> & Labelled> E parse(Class<E> type, String value, String rule, String what) {
        String code = value == null ? "" : value.strip();
        Enum<?> exact = BY_NAME.get(type).get(code);
        if (exact != null) {
            return type.cast(exact);
        }
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equalsIgnoreCase(code)) {
                return candidate;
            }
        }
        throw new InvalidValueException(rule, "« " + code + " » n'est pas un code de " + what + " connu ; codes admis : "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
