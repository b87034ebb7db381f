package fr.copilote.model.statistics;

import fr.copilote.model.common.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a published cell holds: a number, or a small count the publisher masked for confidentiality, kept as
 * the text it printed ({@code 1 à 10}) — a masked count is neither zero nor absent, so it never becomes a
 * number. An empty cell, or {@code NA} (« non disponible »), holds no value at all.
 *
 * @param amount     the number; null when masked
 * @param maskedText the publisher's text for a masked count; null for a number
 */
public record PublishedValue(BigDecimal amount, String maskedText) {

    public static final String RULE_NUMBER = "NOMBRE";

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern MASKED = Pattern.compile("\\d+ à \\d+");
    private static final String NOT_AVAILABLE = "NA";

    public PublishedValue {
        if ((amount == null) == (maskedText == null)) {
            throw new IllegalArgumentException("a published value is either a number or a masked count");
        }
    }

    public static PublishedValue number(BigDecimal amount) {
        return new PublishedValue(Objects.requireNonNull(amount), null);
    }

    public static PublishedValue masked(String publishedText) {
        return new PublishedValue(null, Objects.requireNonNull(publishedText));
    }

    /**
     * Reads a count or a measure as publishers write them: thousands grouped by spaces (also non-breaking),
     * decimal comma or point ({@code 9 337}, {@code 2,80}, {@code 176.2}).
     *
     * @return empty for an empty cell or {@code NA}
     * @throws InvalidValueException (rule {@value #RULE_NUMBER}) when the text is none of these
     */
    public static Optional<PublishedValue> parse(String cell) {
        return read(cell, false);
    }

    /** Reads a percentage ({@code 63,3 %}) as a rate: 63,3 % becomes 0.633, exactly. */
    public static Optional<PublishedValue> parsePercentage(String cell) {
        return read(cell, true);
    }

    public boolean isMasked() {
        return maskedText != null;
    }

    private static Optional<PublishedValue> read(String cell, boolean percentage) {
        String text = withoutSpaces(cell == null ? "" : cell, true);
        if (text.isEmpty() || text.equalsIgnoreCase(NOT_AVAILABLE)) {
            return Optional.empty();
        }
        if (MASKED.matcher(text).matches()) {
            return Optional.of(masked(text));
        }
        String digits = withoutSpaces(percentage && text.endsWith("%") ? text.substring(0, text.length() - 1) : text, false);
        if (!NUMBER.matcher(digits).matches()) {
            throw new InvalidValueException(RULE_NUMBER, "« " + cell.strip() + " » n'est pas un nombre publié (exemples admis : "
                    + "9 337 ; 2,80 ; 176.2" + (percentage ? " ; 63,3 %" : "") + " ; 1 à 10 pour une valeur masquée)");
        }
        BigDecimal number = new BigDecimal(digits.replace(',', '.'));
        return Optional.of(number(percentage ? number.movePointLeft(2) : number));
    }

    /**
     * @param keepInner true to only trim the text and turn inner non-breaking spaces into plain ones (masked
     *                  counts keep their words apart); false to drop every space (digit grouping)
     */
    private static String withoutSpaces(String text, boolean keepInner) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t';
            if (!space) {
                out.append(c);
            } else if (keepInner) {
                out.append(' ');
            }
        }
        return keepInner ? out.toString().strip().replaceAll(" +", " ") : out.toString();
    }
}
